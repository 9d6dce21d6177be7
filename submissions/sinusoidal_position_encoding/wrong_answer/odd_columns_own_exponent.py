# mistake: column j uses base^(j / d), so cosine columns get (2i + 1) / d instead of sharing 2i / d with their sine
# 错误：第 j 列用 base^(j / d)，cos 列的指数成了 (2i + 1) / d，而不是与对应 sin 列共用 2i / d
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Classic mistake: column j uses base ** (j / d): the cosines get (2i + 1) / d, not 2i / d."""
    j = np.arange(d_model)
    angles = np.arange(seq_len)[:, None] / np.power(base, j / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
