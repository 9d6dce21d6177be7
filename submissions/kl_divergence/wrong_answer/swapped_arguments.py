# mistake: computes KL(q || p) instead of KL(p || q)
# 错误：算成了 KL(q || p)，而不是 KL(p || q)
import numpy as np


def kl(p, q):
    p, q = q, p
    mask = p > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(mask, p * np.log(np.where(mask, p, 1.0) / np.where(mask, q, 1.0)), 0.0)
    return float(np.mean(terms.sum(axis=-1)))
