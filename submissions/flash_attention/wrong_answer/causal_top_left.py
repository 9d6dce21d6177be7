# mistake: causal mask aligned top-left (j <= i, offset 0) instead of bottom-right (j <= i + Lk - Lq)
# 错误：因果掩码左上对齐（j <= i，偏移为 0），而不是右下对齐（j <= i + Lk - Lq）
import math

import torch


def flash_attention(q, k, v, block_size, causal=False):
    """Classic mistake: causal mask aligned to the top-left corner (j <= i), wrong when Lq < Lk."""
    B, H, Lq, D = q.shape
    Lk, Dv = k.shape[2], v.shape[3]
    n = B * H
    qf = (q * (1.0 / math.sqrt(D))).reshape(n, Lq, D)
    kt = k.reshape(n, Lk, D).transpose(1, 2)
    vf = v.reshape(n, Lk, Dv)
    out = torch.empty(n, Lq, Dv, dtype=q.dtype)
    offset = 0
    bs = block_size
    for qs in range(0, Lq, bs):
        qe = min(qs + bs, Lq)
        qb = qf[:, qs:qe]
        m = torch.full((n, qe - qs, 1), -math.inf, dtype=q.dtype)
        denom = torch.zeros((n, qe - qs, 1), dtype=q.dtype)
        acc = torch.zeros((n, qe - qs, Dv), dtype=q.dtype)
        k_end = min(Lk, qe + offset) if causal else Lk
        for ks in range(0, k_end, bs):
            ke = min(ks + bs, k_end)
            s = torch.bmm(qb, kt[:, :, ks:ke])
            if causal and ke - 1 > qs + offset:  # the block crosses the diagonal
                rows = torch.arange(qs + offset, qe + offset).unsqueeze(1)
                cols = torch.arange(ks, ke).unsqueeze(0)
                s.masked_fill_(cols > rows, -math.inf)
            m_new = torch.maximum(m, s.amax(dim=-1, keepdim=True))
            s.sub_(m_new).exp_()
            alpha = torch.exp(m - m_new)
            denom.mul_(alpha).add_(s.sum(dim=-1, keepdim=True))
            acc.mul_(alpha).baddbmm_(s, vf[:, ks:ke])
            m = m_new
        out[:, qs:qe] = acc / denom
    return out.reshape(B, H, Lq, Dv)
