# mistake: uses exponent i / d_model instead of 2i / d_model for the frequency
# 错误：频率的指数用 i / d_model，而不是 2i / d_model
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Classic mistake: exponent i / d_model instead of 2i / d_model."""
    i = np.arange((d_model + 1) // 2)
    angles = np.arange(seq_len)[:, None] / np.power(base, i / d_model)
    pe = np.zeros((seq_len, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
