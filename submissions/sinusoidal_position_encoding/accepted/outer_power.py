import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    j = np.arange(d_model)
    freq = 1.0 / np.power(base, 2 * (j // 2) / d_model)
    angles = np.outer(np.arange(seq_len), freq)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
