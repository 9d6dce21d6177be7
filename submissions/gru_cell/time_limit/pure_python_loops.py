"""Correct, but every multiply-add is a Python operation (loops over rows, gate units, inputs)."""
import math

import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    B, H = h.shape
    xs, hs = x.tolist(), h.tolist()
    wi, wh, bi, bh = W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    sig = lambda v: 1.0 / (1.0 + math.exp(-v))  # noqa: E731
    out = []
    for b in range(B):
        gi = [bi[j] + sum(v * wi[j][k] for k, v in enumerate(xs[b])) for j in range(3 * H)]
        gh = [bh[j] + sum(v * wh[j][k] for k, v in enumerate(hs[b])) for j in range(3 * H)]
        row = []
        for j in range(H):
            r = sig(gi[j] + gh[j])
            z = sig(gi[H + j] + gh[H + j])
            n = math.tanh(gi[2 * H + j] + r * gh[2 * H + j])
            row.append((1 - z) * n + z * hs[b][j])
        out.append(row)
    return torch.tensor(out, dtype=x.dtype).reshape(B, H)
