"""A second style: unpack the columns of points.T, residuals in float64, their dot product over N."""
import numpy as np


def least_squares_loss(points, w, b):
    x, y = points.T.astype(np.float64)
    res = w * x + b - y
    return np.dot(res, res) / len(res)
