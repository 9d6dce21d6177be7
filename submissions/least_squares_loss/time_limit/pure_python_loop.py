"""Correct, but sums the squared residuals in a pure Python loop over the points."""


def least_squares_loss(points, w, b):
    total = 0.0
    n = 0
    for x, y in points.tolist():
        r = w * x + b - y
        total += r * r
        n += 1
    return total / n
