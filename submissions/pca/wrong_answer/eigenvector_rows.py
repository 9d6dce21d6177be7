# mistake: takes rows of eigh's eigenvector matrix instead of its columns
# 错误：取的是 eigh 特征向量矩阵的行，而特征向量是列
"""Classic mistake: eigh returns eigenvectors as columns, but this takes rows of the
eigenvector matrix."""
import numpy as np


def pca(x, k):
    xc = x - x.mean(axis=0)
    _, v = np.linalg.eigh(xc.T @ xc)
    return v[::-1][:k]
