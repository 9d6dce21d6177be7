# mistake: subtracts one global max over the whole batch instead of each row's max in logsumexp
# 错误：logsumexp 中减去整个 batch 的全局最大值，而不是每行各自的最大值
import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: one maximum for the whole batch; rows far below it underflow to log(0)."""
    m = logits.max()
    with np.errstate(divide="ignore", invalid="ignore"):
        lse = m + np.log(np.exp(logits - m).sum(axis=1))
        return float(np.mean(lse - logits[np.arange(len(targets)), targets]))
