# mistake: computes a stable softmax then log(p) instead of log-softmax, so tiny p rounds to 0 and gives inf
# 错误：先算稳定的 softmax 再取 log(p)，而不是直接算 log-softmax，p 下溢为 0 时得到 inf
import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: a stable softmax, then log(p). p = exp(-1000) rounds to 0: the loss is inf."""
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        return float(-np.mean(np.log(p[np.arange(len(targets)), targets])))
