# mistake: breaks vote ties with Counter.most_common (label met first, i.e. nearest) instead of the smaller label
# 错误：用 Counter.most_common 打破投票平局（先出现即最近邻的标签），而不是取较小的标签
"""Classic mistake: Counter(...).most_common(1) breaks a vote tie by the label met first
(the nearest neighbour's), not by the smaller label."""
from collections import Counter

import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    d = ((test_x[:, None, :] - train_x[None, :, :]) ** 2).sum(axis=-1)
    idx = np.argsort(d, axis=1, kind="stable")[:, :k]
    return np.array([Counter(train_y[row].tolist()).most_common(1)[0][0] for row in idx], dtype=np.int64)
