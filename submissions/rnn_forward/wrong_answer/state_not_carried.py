# mistake: computes every step from h0 instead of feeding back the previous hidden state
# 错误：每一步都从 h0 计算，没有把上一步的隐藏状态传回去
"""Wrong: every step starts again from h0 (the new state is never fed back)."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    outputs = [np.tanh(x_t @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh) for x_t in x]
    return np.stack(outputs), outputs[-1]
