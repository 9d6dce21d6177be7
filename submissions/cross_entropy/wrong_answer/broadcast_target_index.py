import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: log_probs[:, targets] picks every target for every row ([N, N])."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[:, targets].mean())
