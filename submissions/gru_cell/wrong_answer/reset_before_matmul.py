# mistake: applies the reset gate before the matmul, W_hn (r * h) + b_hn, instead of r * (W_hn h + b_hn)
# 错误：重置门作用在矩阵乘之前，即 W_hn (r * h) + b_hn，而不是 r * (W_hn h + b_hn)
"""Wrong: the original paper's candidate, n = tanh(W_in x + b_in + W_hn (r * h) + b_hn)."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh[:2 * H].T + b_hh[:2 * H]
    r = torch.sigmoid(gi[:, :H] + gh[:, :H])
    z = torch.sigmoid(gi[:, H:2 * H] + gh[:, H:])
    n = torch.tanh(gi[:, 2 * H:] + (r * h) @ W_hh[2 * H:].T + b_hh[2 * H:])
    return (1 - z) * n + z * h
