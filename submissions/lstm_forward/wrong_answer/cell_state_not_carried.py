# mistake: restarts the cell state from c0 at every step instead of carrying c_t forward (only h is carried)
# 错误：每个时间步的细胞状态都从 c0 重新开始，而不是沿时间传递 c_t（只传递了 h）
"""Wrong: the cell state restarts from c0 at every step (only h is carried)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * hx[1] + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
