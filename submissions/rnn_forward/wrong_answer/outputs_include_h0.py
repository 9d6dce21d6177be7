# mistake: appends the state before each step (h0, h_1, ...) instead of after it, so outputs are one step late
# 错误：每步先记录更新前的状态（h0, h_1, ...）而不是更新后的，输出错位一步
"""Wrong: outputs[t] is the state *before* step t (h0, h_0, ..., h_{T-2}): off by one step."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outputs = []
    for x_t in x:
        outputs.append(h)
        h = np.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    return np.stack(outputs), h
