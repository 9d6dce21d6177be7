# mistake: uses ReLU as the nonlinearity instead of the default tanh
# 错误：激活函数用 ReLU，而不是默认的 tanh
"""Wrong: ReLU (nn.RNN's other nonlinearity) instead of the default tanh."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outputs = []
    for x_t in x:
        h = np.maximum(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 0)
        outputs.append(h)
    return np.stack(outputs), h
