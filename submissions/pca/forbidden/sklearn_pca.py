"""Calls the library: sklearn.decomposition.PCA."""
from sklearn.decomposition import PCA


def pca(x, k):
    return PCA(n_components=k).fit(x).components_
