# mistake: sets out[:, labels] = 1, marking every label in every row instead of out[arange(N), labels]
# 错误：用 out[:, labels] = 1，每一行都把所有标签置 1，而不是 out[arange(N), labels]
"""Classic mistake: out[:, labels] = 1 sets every row's entry for every label, not one per row."""
import numpy as np


def one_hot(labels, num_classes):
    flat = labels.reshape(-1)
    out = np.zeros((flat.size, num_classes), dtype=np.int64)
    out[:, flat] = 1
    return out.reshape(labels.shape + (num_classes,))
