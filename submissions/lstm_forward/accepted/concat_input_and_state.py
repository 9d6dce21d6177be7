"""Accepted: [x_t, h] against [W_ih | W_hh] in one matmul per step (interview-notes style)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    W = torch.cat([W_ih, W_hh], dim=1).T.contiguous()  # [I + H, 4H]
    b = b_ih + b_hh
    outs = []
    for x_t in x.unbind(0):
        i, f, g, o = torch.addmm(b, torch.cat([x_t, h], dim=1), W).chunk(4, 1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
