# mistake: always returns [labels.size, C] instead of labels.shape + (C,) for multi-dimensional labels
# 错误：总是返回 [labels.size, C]，多维标签时没有保持 labels.shape + (C,) 的形状
"""Classic mistake: assumes 1-D labels and returns [labels.size, C] for every input shape."""
import numpy as np


def one_hot(labels, num_classes):
    flat = labels.reshape(-1)
    out = np.zeros((flat.size, num_classes), dtype=np.int64)
    out[np.arange(flat.size), flat] = 1
    return out
