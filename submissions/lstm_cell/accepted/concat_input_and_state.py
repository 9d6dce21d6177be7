"""Accepted, the interview-notes style: [x, h] against [W_ih | W_hh] in one matmul."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    H = h.shape[1]
    gates = torch.cat([x, h], dim=1) @ torch.cat([W_ih, W_hh], dim=1).T + (b_ih + b_hh)
    i = torch.sigmoid(gates[:, :H])
    f = torch.sigmoid(gates[:, H:2 * H])
    g = torch.tanh(gates[:, 2 * H:3 * H])
    o = torch.sigmoid(gates[:, 3 * H:])
    c_new = f * c + i * g
    return o * torch.tanh(c_new), c_new
