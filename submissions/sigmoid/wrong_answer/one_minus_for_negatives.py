# mistake: computes 1 - sigmoid(|x|) for negative x instead of exp(x) / (1 + exp(x)); cancellation gives 0
# 错误：负 x 用 1 - sigmoid(|x|) 而不是 exp(x) / (1 + exp(x))，相减抵消使极小值变成 0
"""Classic mistake: 1 - sigmoid(-x) for negative x; the subtraction cancels and tiny values become 0."""
import numpy as np


def sigmoid(x):
    p = 1 / (1 + np.exp(-np.abs(x)))
    return np.where(x >= 0, p, 1 - p)
