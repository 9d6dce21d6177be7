# mistake: computes h = o * c, forgetting the tanh: should be o * tanh(c)
# 错误：计算 h = o * c，漏了 tanh：应为 o * tanh(c)
"""Wrong: h = o * c, forgetting the tanh of the cell state."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * c
        outs.append(h)
    return torch.stack(outs), (h, c)
