# mistake: breaks vote ties toward the larger label instead of the smaller label
# 错误：投票平局时选较大的标签，而不是较小的标签
"""Mistake: a vote tie goes to the larger label (argmax over reversed counts)."""
import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    d = ((test_x[:, None, :] - train_x[None, :, :]) ** 2).sum(axis=-1)
    idx = np.argsort(d, axis=1, kind="stable")[:, :k]
    c = int(train_y.max()) + 1
    m = len(test_x)
    votes = np.bincount((np.arange(m)[:, None] * c + train_y[idx]).ravel(), minlength=m * c).reshape(m, c)
    return c - 1 - votes[:, ::-1].argmax(axis=1)
