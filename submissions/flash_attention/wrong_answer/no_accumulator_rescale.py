# mistake: when the running max grows, rescales the denominator by exp(m - m_new) but not the output accumulator
# 错误：运行最大值变大时，只把分母乘以 exp(m - m_new)，没有同样缩放输出累加器
import math

import torch


def flash_attention(q, k, v, block_size, causal=False):
    """Classic mistake: rescales the running sum denom but not the accumulated output
    when the max grows."""
    B, H, Lq, D = q.shape
    Lk, Dv = k.shape[2], v.shape[3]
    n = B * H
    qf = (q * (1.0 / math.sqrt(D))).reshape(n, Lq, D)
    kt = k.reshape(n, Lk, D).transpose(1, 2)
    vf = v.reshape(n, Lk, Dv)
    out = torch.empty(n, Lq, Dv, dtype=q.dtype)
    offset = Lk - Lq  # causal: query i sees keys j <= i + offset
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
            acc.baddbmm_(s, vf[:, ks:ke])
            m = m_new
        out[:, qs:qe] = acc / denom
    return out.reshape(B, H, Lq, Dv)
