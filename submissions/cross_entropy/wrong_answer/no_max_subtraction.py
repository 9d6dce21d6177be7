# mistake: computes log(sum(exp(z))) without subtracting the row max, so exp overflows to inf
# 错误：计算 log(sum(exp(z))) 时没有减去每行最大值，exp 溢出为 inf
import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: log(sum(exp(z))) without the shift: exp(1e4) is inf."""
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        lse = np.log(np.exp(logits).sum(axis=1))
        return float(np.mean(lse - logits[np.arange(len(targets)), targets]))
