# mistake: computes h @ W_hh instead of h @ W_hh.T (shapes match because W_hh is square)
# 错误：计算 h @ W_hh 而不是 h @ W_hh.T（W_hh 是方阵，形状上不会报错）
"""Wrong: h @ W_hh instead of h @ W_hh.T (the shapes agree since W_hh is square)."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outputs = []
    for x_t in x:
        h = np.tanh(x_t @ W_ih.T + b_ih + h @ W_hh + b_hh)
        outputs.append(h)
    return np.stack(outputs), h
