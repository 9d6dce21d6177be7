# mistake: clips softmax probabilities to [1e-12, 1] before the log instead of using log-softmax (logsumexp)
# 错误：取对数前把 softmax 概率截断到 [1e-12, 1]，而不是用 log-softmax（logsumexp）
import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: clip p to [1e-12, 1] before the log: finite, but about 27.6 where 1000 is right."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    p = np.clip(p, 1e-12, 1.0)
    return float(-np.mean(np.log(p[np.arange(len(targets)), targets])))
