import math

import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """A loop over sin/cos pairs, each column vectorised over positions."""
    pe = np.zeros((seq_len, d_model))
    position = np.arange(seq_len, dtype=np.float64)
    for i in range(0, d_model, 2):
        angle = position / math.pow(base, i / d_model)
        pe[:, i] = np.sin(angle)
        if i + 1 < d_model:
            pe[:, i + 1] = np.cos(angle)
    return pe
