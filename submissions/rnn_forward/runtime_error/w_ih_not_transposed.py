"""Runtime error: x[t] @ W_ih with W_ih stored [H, I] (PyTorch's layout): the shapes do not line up."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outputs = []
    for x_t in x:
        h = np.tanh(x_t @ W_ih + b_ih + h @ W_hh.T + b_hh)
        outputs.append(h)
    return np.stack(outputs), h
