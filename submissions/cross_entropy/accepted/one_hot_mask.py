import numpy as np


def cross_entropy(logits, targets):
    """A third style: a one-hot mask instead of fancy indexing."""
    n, c = logits.shape
    one_hot = np.zeros((n, c), dtype=bool)
    one_hot[np.arange(n), targets] = True
    shifted = logits - logits.max(axis=1, keepdims=True)
    lse = np.log(np.exp(shifted).sum(axis=1))
    picked = np.where(one_hot, shifted, 0).sum(axis=1)
    return float(np.mean(lse - picked))
