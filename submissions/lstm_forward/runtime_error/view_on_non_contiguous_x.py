"""Runtime error: x.view(T * B, I) fails when x is a transposed (batch-first) view; reshape works."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    T, B, I = x.shape
    xw = (x.view(T * B, I) @ W_ih.T + b_ih + b_hh).view(T, B, -1)
    outs = []
    for t in range(T):
        i, f, g, o = (xw[t] + h @ W_hh.T).chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
