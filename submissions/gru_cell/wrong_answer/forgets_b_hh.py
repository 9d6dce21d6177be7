# mistake: adds only b_ih and forgets b_hh (including b_hn inside the reset-gated term)
# 错误：只加了 b_ih，漏掉了 b_hh（包括重置门内的 b_hn）
"""Wrong: only b_ih is added; torch.nn.GRUCell adds b_hh too (b_hn inside the reset gate)."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    i_r, i_z, i_n = (x @ W_ih.T + b_ih).chunk(3, 1)
    h_r, h_z, h_n = (h @ W_hh.T).chunk(3, 1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return (1 - z) * n + z * h
