# mistake: divides each feature by its std before the decomposition (correlation-matrix PCA, not covariance)
# 错误：分解前把每个特征除以其标准差（成了相关矩阵 PCA，而不是协方差）
"""Mistake: standardises every feature (divides by its std) before the decomposition,
which gives the components of the correlation matrix, not the covariance."""
import numpy as np


def pca(x, k):
    xc = (x - x.mean(axis=0)) / x.std(axis=0)
    _, _, vt = np.linalg.svd(xc, full_matrices=False)
    return vt[:k]
