# mistake: selects neighbours with np.argpartition, which orders equal distances arbitrarily, not by lower training index
# 错误：用 np.argpartition 选近邻，距离相等时顺序任意，而不是训练下标小的优先
"""Classic mistake: np.argpartition picks among training points at an equal distance in no
particular order (the contract: lower training index first)."""
import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    d = ((test_x[:, None, :] - train_x[None, :, :]) ** 2).sum(axis=-1)
    n = len(train_x)
    idx = np.argpartition(d, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (len(test_x), 1))
    c = int(train_y.max()) + 1
    m = len(test_x)
    votes = np.bincount((np.arange(m)[:, None] * c + train_y[idx]).ravel(), minlength=m * c).reshape(m, c)
    return votes.argmax(axis=1)
