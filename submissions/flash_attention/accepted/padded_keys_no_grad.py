"""Honest tiled attention that pads the keys to whole blocks with F.pad and runs under
torch.no_grad: the guards of this problem must not break either."""
import math

import torch
import torch.nn.functional as F


@torch.no_grad()
def flash_attention(q, k, v, block_size, causal=False):
    B, H, Lq, D = q.shape
    Lk = k.shape[2]
    pad = -Lk % block_size
    kp = F.pad(k, (0, 0, 0, pad))
    vp = F.pad(v, (0, 0, 0, pad))
    offset = Lk - Lq
    scale = 1.0 / math.sqrt(D)
    out = torch.empty(B, H, Lq, v.shape[-1], dtype=q.dtype)
    cols_all = torch.arange(Lk + pad)
    for qs in range(0, Lq, block_size):
        qe = min(qs + block_size, Lq)
        qb = q[:, :, qs:qe] * scale
        rows = torch.arange(qs, qe).unsqueeze(1) + offset
        m = torch.full((B, H, qe - qs, 1), -math.inf, dtype=q.dtype)
        denom = torch.zeros((B, H, qe - qs, 1), dtype=q.dtype)
        acc = torch.zeros((B, H, qe - qs, v.shape[-1]), dtype=q.dtype)
        for ks in range(0, Lk + pad, block_size):
            cols = cols_all[ks:ks + block_size].unsqueeze(0)
            hidden = cols >= Lk
            if causal:
                hidden = hidden | (cols > rows)
            if bool(hidden.all()):
                continue
            s = (qb @ kp[:, :, ks:ks + block_size].transpose(-1, -2)).masked_fill(hidden, -math.inf)
            m_new = torch.maximum(m, s.amax(dim=-1, keepdim=True))
            p = torch.exp(s - m_new)
            alpha = torch.exp(m - m_new)
            denom = denom * alpha + p.sum(dim=-1, keepdim=True)
            acc = acc * alpha + p @ vp[:, :, ks:ks + block_size]
            m = m_new
        out[:, :, qs:qe] = acc / denom
    return out
