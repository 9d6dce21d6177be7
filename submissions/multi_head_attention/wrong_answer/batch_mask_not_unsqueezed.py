# mistake: broadcasts a [B, L, L] mask against [B, H, L, L] without unsqueezing a head axis (mask[:, None])
# 错误：[B, L, L] 的掩码直接和 [B, H, L, L] 广播，没有用 mask[:, None] 加出头维
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: a [B, L, L] mask broadcast against [B, H, L, L] without a head axis.

    Broadcasting aligns it as [1, B, L, L]: head h gets batch h's mask. It crashes when
    B != H, and silently gives wrong answers when B == H.
    """
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).reshape(B, L, num_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(mask == 0, float("-inf"))
    ctx = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, L, E)
    return ctx @ w_o.T
