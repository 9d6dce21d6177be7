# mistake: adds only b_ih to the gates and forgets b_hh
# 错误：门的预激活只加了 b_ih，漏掉了 b_hh
"""Wrong: only b_ih is added; torch.nn.LSTMCell adds both b_ih and b_hh."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    gates = x @ W_ih.T + b_ih + h @ W_hh.T
    i, f, g, o = gates.chunk(4, dim=1)
    c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return torch.sigmoid(o) * torch.tanh(c_new), c_new
