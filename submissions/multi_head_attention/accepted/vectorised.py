import math

import torch
import torch.nn.functional as F


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    B, L, E = x.shape
    d = E // num_heads

    def split(t):  # [B, L, E] -> [B, H, L, d]
        return t.reshape(B, L, num_heads, d).permute(0, 2, 1, 3)

    q, k, v = split(F.linear(x, w_q)), split(F.linear(x, w_k)), split(F.linear(x, w_v))
    scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d)
    if mask is not None:
        m = mask if mask.dim() == 2 else mask[:, None, :, :]
        scores = scores.masked_fill(m.logical_not(), torch.finfo(scores.dtype).min)
    attn = F.softmax(scores, dim=-1)
    out = torch.matmul(attn, v).permute(0, 2, 1, 3).reshape(B, L, E)
    return F.linear(out, w_o)
