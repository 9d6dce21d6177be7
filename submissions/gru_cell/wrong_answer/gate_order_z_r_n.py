# mistake: reads the gate blocks as z, r, n instead of PyTorch's order r, z, n
# 错误：把门的分块顺序当成 z, r, n，而 PyTorch 的顺序是 r, z, n
"""Wrong: reads the gate blocks as z, r, n (PyTorch's order is r, z, n)."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    i_z, i_r, i_n = (x @ W_ih.T + b_ih).chunk(3, 1)
    h_z, h_r, h_n = (h @ W_hh.T + b_hh).chunk(3, 1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return (1 - z) * n + z * h
