import torch
import torch.nn.functional as F


def repeat_kv(t, n_rep):
    """LLaMA's repeat_kv: [B, Hkv, L, d] -> [B, Hkv * n_rep, L, d] through expand."""
    B, Hkv, L, d = t.shape
    if n_rep == 1:
        return t
    return t[:, :, None, :, :].expand(B, Hkv, n_rep, L, d).reshape(B, Hkv * n_rep, L, d)


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    B, L, E = x.shape
    d = E // num_heads
    q = F.linear(x, w_q).view(B, L, num_heads, d).permute(0, 2, 1, 3)
    k = repeat_kv(F.linear(x, w_k).view(B, L, num_kv_heads, d).permute(0, 2, 1, 3), num_heads // num_kv_heads)
    v = repeat_kv(F.linear(x, w_v).view(B, L, num_kv_heads, d).permute(0, 2, 1, 3), num_heads // num_kv_heads)
    scores = torch.matmul(q, k.transpose(2, 3)) * d ** -0.5
    if mask is not None:
        bias = torch.zeros(mask.shape, dtype=x.dtype).masked_fill(~mask, float("-inf"))
        scores = scores + (bias if mask.dim() == 2 else bias.unsqueeze(1))
    ctx = torch.matmul(F.softmax(scores, dim=-1), v)
    return F.linear(ctx.permute(0, 2, 1, 3).reshape(B, L, E), w_o)
