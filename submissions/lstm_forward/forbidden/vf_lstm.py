"""Forbidden: calls the whole-sequence kernel through torch._VF.lstm."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    out, h, c = torch._VF.lstm(x, (hx[0][None], hx[1][None]), (W_ih, W_hh, b_ih, b_hh),
                               True, 1, 0.0, False, False, False)
    return out, (h[0], c[0])
