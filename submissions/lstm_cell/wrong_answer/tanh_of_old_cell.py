# mistake: computes h_new = o * tanh(c) with the old cell state instead of o * tanh(c_new)
# 错误：计算 h_new = o * tanh(c) 用的是旧的细胞状态，而不是 o * tanh(c_new)
"""Wrong: h_new = o * tanh(c), the previous cell state instead of the new one."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = gates.chunk(4, dim=1)
    c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return torch.sigmoid(o) * torch.tanh(c), c_new
