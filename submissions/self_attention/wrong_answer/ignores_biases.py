# mistake: drops the biases b_q, b_k, b_v from the q/k/v projections
# 错误：q/k/v 投影时丢掉了偏置 b_q、b_k、b_v
import math

import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """Classic mistake: the projections drop their biases."""
    q, k, v = x @ w_q.T, x @ w_k.T, x @ w_v.T
    scores = q @ k.transpose(1, 2) / math.sqrt(q.shape[-1])
    return torch.softmax(scores, dim=-1) @ v
