# mistake: computes h_new = o * c_new, forgetting the tanh: should be o * tanh(c_new)
# 错误：计算 h_new = o * c_new，漏了 tanh：应为 o * tanh(c_new)
"""Wrong: h_new = o * c_new, forgetting the tanh of the cell state."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    gates = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = gates.chunk(4, dim=1)
    c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return torch.sigmoid(o) * c_new, c_new
