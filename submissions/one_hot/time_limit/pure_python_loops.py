"""Correct, but builds every entry of the output in a Python loop."""
import numpy as np


def one_hot(labels, num_classes):
    rows = []
    for label in labels.reshape(-1).tolist():
        row = []
        for c in range(num_classes):
            row.append(1 if c == label else 0)
        rows.append(row)
    return np.array(rows, dtype=np.int64).reshape(labels.shape + (num_classes,))
