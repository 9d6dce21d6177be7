# mistake: stacks the cell state c_t into the output instead of the hidden state h_t
# 错误：输出序列里放的是细胞状态 c_t，而不是隐藏状态 h_t
"""Wrong: output[t] is the cell state c_t instead of the hidden state h_t."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(c)
    return torch.stack(outs), (h, c)
