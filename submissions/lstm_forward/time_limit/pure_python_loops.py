"""Correct, but every multiply-add is a Python operation (loops over steps, rows, gate units)."""
import math

import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = hx[0].shape[1]
    xs, hs, cs = x.tolist(), hx[0].tolist(), hx[1].tolist()
    wi, wh, bi, bh = W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    sig = lambda v: 1.0 / (1.0 + math.exp(-v))  # noqa: E731
    out = []
    for t in range(T):
        new_h, new_c = [], []
        for b in range(B):
            pre = [bi[j] + bh[j] + sum(v * wi[j][k] for k, v in enumerate(xs[t][b]))
                   + sum(v * wh[j][k] for k, v in enumerate(hs[b])) for j in range(4 * H)]
            crow = [sig(pre[H + j]) * cs[b][j] + sig(pre[j]) * math.tanh(pre[2 * H + j]) for j in range(H)]
            new_c.append(crow)
            new_h.append([sig(pre[3 * H + j]) * math.tanh(crow[j]) for j in range(H)])
        hs, cs = new_h, new_c
        out.append(hs)
    dt = x.dtype
    return (torch.tensor(out, dtype=dt).reshape(T, B, H),
            (torch.tensor(hs, dtype=dt).reshape(B, H), torch.tensor(cs, dtype=dt).reshape(B, H)))
