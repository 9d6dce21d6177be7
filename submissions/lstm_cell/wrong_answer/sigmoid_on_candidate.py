# mistake: passes the cell candidate g through sigmoid like the other gates instead of tanh
# 错误：把候选记忆 g 也和其他门一样过 sigmoid，而不是 tanh
"""Wrong: all four gates through sigmoid; the cell candidate g takes tanh."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    gates = torch.sigmoid(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    i, f, g, o = gates.chunk(4, dim=1)
    c_new = f * c + i * g
    return o * torch.tanh(c_new), c_new
