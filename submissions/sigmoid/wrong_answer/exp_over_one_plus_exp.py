# mistake: computes exp(x) / (1 + exp(x)) for all x, which is inf / inf = nan for large positive x
# 错误：对所有 x 都用 exp(x) / (1 + exp(x))，x 很大时得到 inf / inf = nan
"""Classic mistake: exp(x) / (1 + exp(x)); for large positive x this is inf / inf = nan."""
import numpy as np


def sigmoid(x):
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(x)
        return e / (1 + e)
