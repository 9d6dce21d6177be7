# mistake: starts from zero states instead of the given (h0, c0)
# 错误：从全零状态开始，而不是使用给定的 (h0, c0)
"""Wrong: starts from zeros instead of the given (h0, c0)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        if not outs:
            h, c = torch.zeros_like(h), torch.zeros_like(c)
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
