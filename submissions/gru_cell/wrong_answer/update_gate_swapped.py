# mistake: uses h_new = z * n + (1 - z) * h instead of (1 - z) * n + z * h (update gate roles swapped)
# 错误：用 h_new = z * n + (1 - z) * h，而不是 (1 - z) * n + z * h（更新门作用反了）
"""Wrong: h_new = z * n + (1 - z) * h (z keeps the candidate instead of the old state)."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    i_r, i_z, i_n = (x @ W_ih.T + b_ih).chunk(3, 1)
    h_r, h_z, h_n = (h @ W_hh.T + b_hh).chunk(3, 1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return z * n + (1 - z) * h
