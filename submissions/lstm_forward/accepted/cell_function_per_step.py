"""Accepted, the textbook style: a hand-written cell (per-gate F.linear) called at every step."""
import torch
import torch.nn.functional as F


def _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    pre = [F.linear(x_t, W_ih[k * H:(k + 1) * H], b_ih[k * H:(k + 1) * H])
           + F.linear(h, W_hh[k * H:(k + 1) * H], b_hh[k * H:(k + 1) * H]) for k in range(4)]
    i, f, g, o = torch.sigmoid(pre[0]), torch.sigmoid(pre[1]), torch.tanh(pre[2]), torch.sigmoid(pre[3])
    c = f * c + i * g
    return o * torch.tanh(c), c


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    output = x.new_empty(x.shape[0], x.shape[1], h.shape[1])
    for t in range(x.shape[0]):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        output[t] = h
    return output, (h, c)
