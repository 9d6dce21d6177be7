"""Uses sklearn.metrics.mean_squared_error (forbidden)."""
from sklearn.metrics import mean_squared_error


def least_squares_loss(points, w, b):
    return float(mean_squared_error(points[:, 1], w * points[:, 0] + b))
