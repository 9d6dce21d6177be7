# mistake: sorts distances with np.argsort's default unstable kind instead of kind='stable', so ties are not by index
# 错误：用 np.argsort 默认的不稳定排序而不是 kind='stable'，距离相等时不按训练下标排序
"""Classic mistake: np.argsort's default kind (introsort) is not stable, so equal distances
are not visited by ascending training index."""
import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    d = ((test_x[:, None, :] - train_x[None, :, :]) ** 2).sum(axis=-1)
    idx = np.argsort(d, axis=1)[:, :k]
    c = int(train_y.max()) + 1
    m = len(test_x)
    votes = np.bincount((np.arange(m)[:, None] * c + train_y[idx]).ravel(), minlength=m * c).reshape(m, c)
    return votes.argmax(axis=1)
