# mistake: repeat_interleaves K/V along the sequence axis then views as [B, H, L, d] instead of broadcasting over heads
# 错误：沿序列维 repeat_interleave K/V 再 view 成 [B, H, L, d]，而不是在头维上广播
import math

import torch


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: K/V copied per head along the sequence axis, then viewed as heads.

    repeat_interleave(H, dim=1) on [B, L, d] gives rows k0,k0,..,k1,k1,..; viewing that as
    [B, H, L, d] hands head h the rows h*L/H.. of a stretched sequence, not K itself.
    """
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).view(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).repeat_interleave(num_heads, dim=1).view(B, num_heads, L, d)
    v = (x @ w_v.T).repeat_interleave(num_heads, dim=1).view(B, num_heads, L, d)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask.unsqueeze(1)), float("-inf"))
    return (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, L, E) @ w_o.T
