"""Uses sklearn (forbidden): SGDRegressor.partial_fit one sample at a time."""
from sklearn.linear_model import SGDRegressor


def linear_regression_sgd(X, y, w0, b0, lr, order):
    m = SGDRegressor(learning_rate="constant", eta0=2 * lr, alpha=0.0)
    m.coef_, m.intercept_ = w0.astype(float).copy(), [b0]
    for i in order:
        m.partial_fit(X[i:i + 1], y[i:i + 1])
    return m.coef_.astype(X.dtype), float(m.intercept_[0])
