# mistake: takes eigh's first k eigenvectors, but eigh sorts ascending, so these are the least-variance components
# 错误：取 eigh 的前 k 个特征向量，但 eigh 按升序排列，得到的是方差最小的成分
"""Classic mistake: np.linalg.eigh sorts eigenvalues ascending; taking its first k
eigenvectors gives the components of least variance."""
import numpy as np


def pca(x, k):
    xc = x - x.mean(axis=0)
    _, v = np.linalg.eigh(xc.T @ xc)
    return v[:, :k].T
