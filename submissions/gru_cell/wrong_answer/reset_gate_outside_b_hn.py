# mistake: candidate uses r * (W_hn h) + b_hn, leaving b_hn outside the reset gate instead of r * (W_hn h + b_hn)
# 错误：候选状态用 r * (W_hn h) + b_hn，把 b_hn 放在重置门外，而不是 r * (W_hn h + b_hn)
"""Wrong: n = tanh(W_in x + b_in + r * (W_hn h) + b_hn): the reset gate leaves b_hn out."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T
    r = torch.sigmoid(gi[:, :H] + gh[:, :H] + b_hh[:H])
    z = torch.sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H] + b_hh[H:2 * H])
    n = torch.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:] + b_hh[2 * H:])
    return (1 - z) * n + z * h
