# mistake: applies softmax over dim=1 (the query axis of [B, L_q, L_k]) instead of dim=-1 (keys)
# 错误：在 dim=1（[B, L_q, L_k] 的 query 维）上做 softmax，而不是 dim=-1（key 维）
import math

import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """Classic mistake: softmax over dim=1, the query axis of [B, L_q, L_k]."""
    q = x @ w_q.T + (0 if b_q is None else b_q)
    k = x @ w_k.T + (0 if b_k is None else b_k)
    v = x @ w_v.T + (0 if b_v is None else b_v)
    scores = q @ k.transpose(1, 2) / math.sqrt(q.shape[-1])
    return torch.softmax(scores, dim=1) @ v
