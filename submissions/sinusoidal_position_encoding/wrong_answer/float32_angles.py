# mistake: builds the frequencies and angles in float32 and widens at the end instead of computing in float64
# 错误：频率和角度用 float32 计算，最后才转成 float64，而不是全程用 float64
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """The table built in float32 (as torch.arange would) and widened at the end."""
    j = np.arange(d_model)
    freq = np.power(np.float32(base), (-2 * (j // 2) / d_model).astype(np.float32))
    angles = np.arange(seq_len, dtype=np.float32)[:, None] * freq
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles)).astype(np.float64)
