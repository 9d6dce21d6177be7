import math

import numpy as np


def sinusoidal_position_encoding(seq_len, d_model, base=10000.0):
    """Correct, but every entry in pure Python."""
    rows = []
    for p in range(seq_len):
        row = []
        for j in range(d_model):
            angle = p / math.pow(base, 2 * (j // 2) / d_model)
            row.append(math.sin(angle) if j % 2 == 0 else math.cos(angle))
        rows.append(row)
    return np.array(rows, dtype=np.float64).reshape(seq_len, d_model)
