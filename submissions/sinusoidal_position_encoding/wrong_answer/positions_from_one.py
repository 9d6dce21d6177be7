# mistake: counts positions from 1 instead of 0
# 错误：位置从 1 开始计数，而不是从 0
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Counts positions from 1."""
    j = np.arange(d_model)
    angles = np.arange(1, seq_len + 1)[:, None] * np.power(base, -2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
