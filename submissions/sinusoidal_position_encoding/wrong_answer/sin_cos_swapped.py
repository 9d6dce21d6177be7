# mistake: puts cosine in the even columns and sine in the odd ones (swapped)
# 错误：偶数列放 cos、奇数列放 sin（sin 和 cos 放反了）
import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Cosine in the even columns, sine in the odd ones."""
    j = np.arange(d_model)
    angles = np.arange(seq_len)[:, None] * np.power(base, -2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.cos(angles), np.sin(angles))
