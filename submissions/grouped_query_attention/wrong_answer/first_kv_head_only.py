# mistake: treats GQA as MQA: every query head reads kv head 0 instead of its group's kv head
# 错误：把 GQA 当成 MQA：所有 query 头都读第 0 个 kv 头，而不是所属组的 kv 头
import math

import torch


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    """Classic mistake: GQA treated as MQA, every query head reads kv head 0."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T)[..., :d].unsqueeze(1)  # [B, 1, L, d]
    v = (x @ w_v.T)[..., :d].unsqueeze(1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    return ctx.transpose(1, 2).reshape(B, L, E) @ w_o.T
