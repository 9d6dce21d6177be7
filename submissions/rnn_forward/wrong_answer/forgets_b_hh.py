# mistake: adds only b_ih and forgets b_hh in h = tanh(W_ih x + b_ih + W_hh h + b_hh)
# 错误：在 h = tanh(W_ih x + b_ih + W_hh h + b_hh) 中只加了 b_ih，漏掉了 b_hh
"""Wrong: only one bias (b_ih); torch.nn.RNN adds both b_ih and b_hh."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outputs = []
    for x_t in x:
        h = np.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T)
        outputs.append(h)
    return np.stack(outputs), h
