# mistake: lays out [sin | cos] as two halves (tensor2tensor) instead of interleaving sin/cos in even/odd columns
# 错误：按 [sin | cos] 前后两半排列（tensor2tensor 布局），而不是偶数列 sin、奇数列 cos 交错
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Classic mistake: [sin | cos] halves (the tensor2tensor layout), not interleaved."""
    half = (d_model + 1) // 2
    freq = np.power(base, -np.arange(0, d_model, 2) / d_model)
    angles = np.arange(seq_len)[:, None] * freq
    return np.concatenate([np.sin(angles), np.cos(angles[:, : d_model - half])], axis=1)
