import math

import torch


def flash_attention(q, k, v, block_size, causal=False):
    """FlashAttention-1 style: all queries at once, one key block at a time, the output kept
    normalised after every block (o = (denom_old * alpha * o + p @ v) / denom_new)."""
    Lq, D = q.shape[-2:]
    Lk = k.shape[-2]
    q = q / math.sqrt(D)
    m = torch.full(q.shape[:-1] + (1,), float("-inf"), dtype=q.dtype)
    denom = torch.zeros_like(m)
    o = torch.zeros(q.shape[:-1] + (v.shape[-1],), dtype=q.dtype)
    qi = torch.arange(Lq).unsqueeze(1) + (Lk - Lq)
    for start in range(0, Lk, block_size):
        kb = k[..., start:start + block_size, :]
        vb = v[..., start:start + block_size, :]
        s = torch.matmul(q, kb.transpose(-1, -2))
        if causal:
            kj = torch.arange(start, start + kb.shape[-2]).unsqueeze(0)
            s = s.masked_fill(kj > qi, float("-inf"))
        m_new = torch.maximum(m, s.max(dim=-1, keepdim=True).values)
        p = torch.exp(s - m_new)
        alpha = torch.exp(m - m_new)
        denom_new = alpha * denom + p.sum(dim=-1, keepdim=True)
        o = (denom * alpha * o + torch.matmul(p, vb)) / denom_new
        m, denom = m_new, denom_new
    return o
