# mistake: scales scores by sqrt of the value size instead of sqrt(d_k)
# 错误：注意力分数除以 value 维度的平方根，而不是 sqrt(d_k)
import math

import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """Classic mistake: scaled by sqrt of the output (value) size instead of d_k."""
    q = x @ w_q.T + (0 if b_q is None else b_q)
    k = x @ w_k.T + (0 if b_k is None else b_k)
    v = x @ w_v.T + (0 if b_v is None else b_v)
    scores = q @ k.transpose(1, 2) / math.sqrt(v.shape[-1])
    return torch.softmax(scores, dim=-1) @ v
