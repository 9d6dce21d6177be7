import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Self-attention: nn.Linear weights (y = x @ W.T), heads as contiguous slices of E."""
    B, L, E = x.shape
    d = E // num_heads
    # [B, L, E] -> [B, L, H, d] -> [B, H, L, d]
    q = (x @ w_q.T).view(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).view(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).view(B, L, num_heads, d).transpose(1, 2)
    scores = (q * (1.0 / math.sqrt(d))) @ k.transpose(-2, -1)  # [B, H, L, L]
    if mask is not None:
        if mask.dim() == 3:  # [B, L, L] -> [B, 1, L, L]: the same mask for every head
            mask = mask.unsqueeze(1)
        scores = scores.masked_fill(~mask, float("-inf"))
    attn = torch.softmax(scores, dim=-1)
    ctx = (attn @ v).transpose(1, 2).reshape(B, L, E)  # heads back in order
    return ctx @ w_o.T
