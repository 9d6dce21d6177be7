import math

import torch


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """MQA: num_heads query heads share one key/value head; y = x @ W.T."""
    B, L, E = x.shape
    d = E // num_heads
    # keep queries as [B, L, H, d] = [B, L * H, d]: one batched matmul against the single K, no transposes
    q = (x @ w_q.T).view(B, L * num_heads, d)
    k = x @ w_k.T  # [B, L, d], shared by every head
    v = x @ w_v.T
    scores = (q * (1.0 / math.sqrt(d))) @ k.transpose(1, 2)  # [B, L * H, L]; row l * H + h
    if mask is not None:
        m = mask.reshape(1, L, 1, L) if mask.dim() == 2 else mask.reshape(B, L, 1, L)
        scores = scores.view(B, L, num_heads, L).masked_fill(~m, float("-inf")).view(B, L * num_heads, L)
    ctx = (torch.softmax(scores, dim=-1) @ v).view(B, L, E)  # [B, L * H, d] is already [B, L, E]
    return ctx @ w_o.T
