"""Correct, but every multiply-add is a Python operation (loops over rows, gate units, inputs)."""
import math

import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    B, H = h.shape
    xs, hs, cs = x.tolist(), h.tolist(), c.tolist()
    wi, wh, bi, bh = W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    sig = lambda v: 1.0 / (1.0 + math.exp(-v))  # noqa: E731
    h_new, c_new = [], []
    for b in range(B):
        pre = []
        for j in range(4 * H):
            s = bi[j] + bh[j]
            for k, v in enumerate(xs[b]):
                s += v * wi[j][k]
            for k, v in enumerate(hs[b]):
                s += v * wh[j][k]
            pre.append(s)
        hrow, crow = [], []
        for j in range(H):
            cn = sig(pre[H + j]) * cs[b][j] + sig(pre[j]) * math.tanh(pre[2 * H + j])
            crow.append(cn)
            hrow.append(sig(pre[3 * H + j]) * math.tanh(cn))
        h_new.append(hrow)
        c_new.append(crow)
    return (torch.tensor(h_new, dtype=x.dtype).reshape(B, H),
            torch.tensor(c_new, dtype=x.dtype).reshape(B, H))
