"""Correct, but loops over batch, channel and state in Python (scalar recurrence per (b, d, n))."""
import math

import torch


def selective_scan(u, delta, A, B, C, D_skip):
    Bsz, L, D = u.shape
    N = A.shape[1]
    uu, dd, AA, BB, CC, DD = (t.tolist() for t in (u, delta, A, B, C, D_skip))
    y = [[[DD[d] * uu[b][t][d] for d in range(D)] for t in range(L)] for b in range(Bsz)]
    for b in range(Bsz):
        for d in range(D):
            for n in range(N):
                h = 0.0
                for t in range(L):
                    dt = dd[b][t][d]
                    h = math.exp(dt * AA[d][n]) * h + dt * BB[b][t][n] * uu[b][t][d]
                    y[b][t][d] += CC[b][t][n] * h
    return torch.tensor(y, dtype=u.dtype)
