# mistake: returns the concatenated heads without applying the output projection w_o
# 错误：直接返回拼接后的多头结果，没有乘输出投影 w_o
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: the concatenated heads are returned without w_o."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).reshape(B, L, num_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    return (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, L, E)
