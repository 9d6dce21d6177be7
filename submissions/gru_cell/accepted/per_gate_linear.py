"""Accepted, another style: one F.linear per gate and per input on row blocks of the weights."""
import torch
import torch.nn.functional as F


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    blk = [slice(k * H, (k + 1) * H) for k in range(3)]
    r = torch.sigmoid(F.linear(x, W_ih[blk[0]], b_ih[blk[0]]) + F.linear(h, W_hh[blk[0]], b_hh[blk[0]]))
    z = torch.sigmoid(F.linear(x, W_ih[blk[1]], b_ih[blk[1]]) + F.linear(h, W_hh[blk[1]], b_hh[blk[1]]))
    n = torch.tanh(F.linear(x, W_ih[blk[2]], b_ih[blk[2]]) + r * F.linear(h, W_hh[blk[2]], b_hh[blk[2]]))
    return torch.lerp(n, h, z)  # n + z * (h - n)
