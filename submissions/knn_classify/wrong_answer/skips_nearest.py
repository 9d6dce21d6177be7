# mistake: drops the nearest neighbour (leave-one-out habit) and takes neighbours 1..k instead of 0..k-1
# 错误：按留一法习惯丢掉最近邻，取第 1..k 个邻居而不是第 0..k-1 个
"""Classic mistake (leave-one-out habit): drops the nearest neighbour as if it were the
query itself and takes neighbours 1..k."""
import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    d = ((test_x[:, None, :] - train_x[None, :, :]) ** 2).sum(axis=-1)
    idx = np.argsort(d, axis=1, kind="stable")[:, 1:k + 1]
    c = int(train_y.max()) + 1
    m = len(test_x)
    votes = np.bincount((np.arange(m)[:, None] * c + train_y[idx]).ravel(), minlength=m * c).reshape(m, c)
    return votes.argmax(axis=1)
