# mistake: uses 0.5 * (1 + tanh(x/2)), which loses relative precision in the negative tail
# 错误：用 0.5 * (1 + tanh(x/2)) 计算，负尾部丢失相对精度
"""0.5 * (1 + tanh(x/2)): no overflow, but tanh is -1 + tiny in the negative tail, so relative precision is lost."""
import numpy as np


def sigmoid(x):
    return 0.5 * (1 + np.tanh(x / 2))
