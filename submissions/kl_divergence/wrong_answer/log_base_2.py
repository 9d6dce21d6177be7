# mistake: uses log base 2 (bits) instead of the natural log
# 错误：用以 2 为底的对数（比特），而不是自然对数
import numpy as np


def kl(p, q):
    mask = p > 0
    terms = np.where(mask, p * np.log2(np.where(mask, p, 1.0) / np.where(mask, q, 1.0)), 0.0)
    return float(np.mean(terms.sum(axis=-1)))
