# mistake: takes the mean over all elements instead of the sum over the last axis averaged over the leading axes
# 错误：对所有元素取平均，而不是先对最后一维求和、再对前面的维取平均
import numpy as np


def kl(p, q):
    mask = p > 0
    terms = np.where(mask, p * np.log(np.where(mask, p, 1.0) / np.where(mask, q, 1.0)), 0.0)
    return float(np.mean(terms))
