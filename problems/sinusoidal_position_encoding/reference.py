import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """PE[p, j] = sin(p * w_j) for even j, cos(p * w_j) for odd j, w_j = base ** (-2 * (j // 2) / d_model)."""
    pos = np.arange(seq_len, dtype=np.float64)[:, None]
    two_i = np.arange(0, d_model, 2, dtype=np.float64)  # 2i for every sin/cos pair
    freq = np.exp(two_i * (-np.log(base) / d_model))
    angles = pos * freq  # [L, ceil(D / 2)]
    pe = np.empty((seq_len, d_model), dtype=np.float64)
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
