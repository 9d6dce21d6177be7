import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    """Squared distances by expansion (the per-row constant ||t||^2 dropped), the k-th smallest
    per row by partition, equal distances at the boundary filled by lowest index; votes by a
    matrix product with the one-hot labels, argmax takes the smallest label on a tie."""
    n = train_x.shape[0]
    d = (train_x * train_x).sum(axis=1)[None, :] - 2.0 * (test_x @ train_x.T)
    if k < n:
        kth = np.partition(d, k - 1, axis=1)[:, k - 1:k]
        less = d < kth
        eq = d == kth
        need = k - less.sum(axis=1, keepdims=True)
        sel = less | (eq & (np.cumsum(eq, axis=1) <= need))
    else:
        sel = np.ones_like(d, dtype=bool)
    c = int(train_y.max()) + 1
    onehot = np.zeros((n, c), dtype=np.float32)
    onehot[np.arange(n), train_y] = 1.0
    votes = sel.astype(np.float32) @ onehot  # counts <= k: exact in float32
    return votes.argmax(axis=1).astype(np.int64)
