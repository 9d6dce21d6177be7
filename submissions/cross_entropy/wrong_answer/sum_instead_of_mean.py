# mistake: sums the per-row losses instead of averaging them over the batch
# 错误：把每行的损失求和，而不是在 batch 上取平均
import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: sums the row losses instead of averaging them."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(targets)), targets].sum())
