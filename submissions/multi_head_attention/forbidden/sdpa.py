import torch.nn.functional as F


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    B, L, E = x.shape
    d = E // num_heads
    q, k, v = ((x @ w.T).reshape(B, L, num_heads, d).transpose(1, 2) for w in (w_q, w_k, w_v))
    m = None if mask is None else (mask if mask.dim() == 2 else mask[:, None])
    out = F.scaled_dot_product_attention(q, k, v, attn_mask=m)
    return out.transpose(1, 2).reshape(B, L, E) @ w_o.T
