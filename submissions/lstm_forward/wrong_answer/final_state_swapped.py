# mistake: returns the final state as (c_n, h_n) instead of (h_n, c_n)
# 错误：最终状态按 (c_n, h_n) 返回，而不是 (h_n, c_n)
"""Wrong: returns (c_n, h_n) instead of (h_n, c_n)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (c, h)
