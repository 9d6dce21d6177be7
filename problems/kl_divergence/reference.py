import numpy as np


def kl(p, q):
    """sum over the last axis of p * log(p / q), terms with p = 0 counted as 0; mean over the rest."""
    pos = p > 0
    ratio = np.divide(p, q, out=np.ones_like(p), where=pos)
    terms = p * np.log(ratio)
    return float(np.mean(terms.sum(axis=-1)))
