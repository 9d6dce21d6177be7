"""Calls sklearn.metrics.pairwise.cosine_similarity."""
from sklearn.metrics.pairwise import cosine_similarity as _cos


def cosine_similarity(X, Y):
    return _cos(X, Y)
