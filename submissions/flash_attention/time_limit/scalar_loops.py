import math

import torch


def flash_attention(q, k, v, block_size, causal=False):
    """Online softmax one query and one key at a time in Python: correct, hopelessly slow."""
    B, H, Lq, D = q.shape
    Lk = k.shape[2]
    out = torch.zeros(B, H, Lq, v.shape[3], dtype=q.dtype)
    scale = 1.0 / math.sqrt(D)
    for b in range(B):
        for h in range(H):
            for i in range(Lq):
                m, denom = float("-inf"), 0.0
                acc = torch.zeros(v.shape[3], dtype=q.dtype)
                last = i + Lk - Lq if causal else Lk - 1
                for j in range(last + 1):
                    s = float(torch.dot(q[b, h, i], k[b, h, j])) * scale
                    m_new = max(m, s)
                    alpha = math.exp(m - m_new) if m != float("-inf") else 0.0
                    p = math.exp(s - m_new)
                    denom = denom * alpha + p
                    acc = acc * alpha + p * v[b, h, j]
                    m = m_new
                out[b, h, i] = acc / denom
    return out
