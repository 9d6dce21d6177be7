"""Mask the p = 0 terms with np.where on safe arguments, log(p) - log(q), sum last axis, mean."""
import numpy as np


def kl(p, q):
    mask = p > 0
    safe_p = np.where(mask, p, 1.0)
    safe_q = np.where(mask, q, 1.0)
    terms = np.where(mask, p * (np.log(safe_p) - np.log(safe_q)), 0.0)
    s = terms.sum(axis=-1)
    return float(np.mean(s))
