"""Correct, but every multiply-add is a Python operation (loops over steps, rows, units)."""
import math

import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, I = x.shape
    H = h0.shape[1]
    xs, wi, wh = x.tolist(), W_ih.tolist(), W_hh.tolist()
    bi, bh = b_ih.tolist(), b_hh.tolist()
    h = h0.tolist()
    out = []
    for t in range(T):
        new = []
        for b in range(B):
            row = []
            for j in range(H):
                s = bi[j] + bh[j]
                for k in range(I):
                    s += xs[t][b][k] * wi[j][k]
                for k in range(H):
                    s += h[b][k] * wh[j][k]
                row.append(math.tanh(s))
            new.append(row)
        h = new
        out.append(h)
    return np.array(out, dtype=x.dtype).reshape(T, B, H), np.array(h, dtype=x.dtype).reshape(B, H)
