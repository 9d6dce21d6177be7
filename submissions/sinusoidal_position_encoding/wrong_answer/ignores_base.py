# mistake: hard-codes 10000 and ignores the base argument
# 错误：把底数写死为 10000，忽略了 base 参数
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Hard-codes 10000 as in the paper."""
    j = np.arange(d_model)
    angles = np.arange(seq_len)[:, None] * np.power(10000.0, -2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
