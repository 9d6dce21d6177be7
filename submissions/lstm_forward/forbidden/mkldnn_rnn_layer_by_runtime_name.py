"""Forbidden: reaches the CPU whole-layer kernel aten::mkldnn_rnn_layer by a run-time name
(caught at dispatch)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    op = getattr(torch, "mkldnn_" + "rnn_layer")
    T, B, I = x.shape
    H = hx[0].shape[1]
    out, h, c, _ = op(x.contiguous(), W_ih, W_hh, b_ih, b_hh, hx[0][None], hx[1][None], False,
                      [T], 1, H, 1, True, False, False, False)
    return out, (h[0], c[0])
