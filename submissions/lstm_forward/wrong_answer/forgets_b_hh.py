# mistake: adds only b_ih to the gates and forgets b_hh
# 错误：门的预激活只加了 b_ih，漏掉了 b_hh
"""Wrong: only b_ih is added; torch.nn.LSTM adds both b_ih and b_hh."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
