"""Calls scipy.spatial.distance.cdist."""
from scipy.spatial.distance import cdist


def pairwise_l2_distance(X, Y):
    return cdist(X, Y).astype(X.dtype)
