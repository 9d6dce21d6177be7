import torch.nn.functional as F


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).view(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).unsqueeze(1).expand(B, num_heads, L, d)
    v = (x @ w_v.T).unsqueeze(1).expand(B, num_heads, L, d)
    m = None if mask is None else (mask if mask.dim() == 2 else mask[:, None])
    return F.scaled_dot_product_attention(q, k, v, attn_mask=m).transpose(1, 2).reshape(B, L, E) @ w_o.T
