# mistake: reads the gate blocks as i, f, o, g instead of PyTorch's order i, f, g, o
# 错误：把门的分块顺序当成 i, f, o, g，而 PyTorch 的顺序是 i, f, g, o
"""Wrong: reads the gates in the order i, f, o, g (PyTorch's is i, f, g, o)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = gates.chunk(4, dim=1)
        o, g = g, o  # i, f, o, g
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
