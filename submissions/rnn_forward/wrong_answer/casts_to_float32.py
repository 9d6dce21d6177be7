# mistake: casts everything to float32 and computes there regardless of the input dtype (loses float64 precision)
# 错误：不管输入 dtype 一律转成 float32 计算，float64 输入丢失精度
"""Wrong: computes in float32 whatever the input dtype (float64 inputs lose ~1e-7)."""
import numpy as np


def rnn_forward(x, h0, W_ih, W_hh, b_ih, b_hh):
    f = np.float32
    h = h0.astype(f)
    outputs = []
    for x_t in x.astype(f):
        h = np.tanh(x_t @ W_ih.T.astype(f) + b_ih.astype(f) + h @ W_hh.T.astype(f) + b_hh.astype(f))
        outputs.append(h)
    return np.stack(outputs).astype(x.dtype), h.astype(x.dtype)
