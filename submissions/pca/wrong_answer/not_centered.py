# mistake: runs SVD on x without subtracting the column mean first
# 错误：对 x 做 SVD 前没有先减去每列均值（没有中心化）
"""Classic mistake: SVD of x without subtracting the mean first."""
import numpy as np


def pca(x, k):
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    return vt[:k]
