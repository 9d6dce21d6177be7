import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Correct, but every distance and every sum in pure Python."""
    pts = x.tolist()
    cents = init_centroids.tolist()
    K, D = len(cents), len(cents[0])
    labels = [0] * len(pts)
    for _ in range(n_iters):
        for i, p in enumerate(pts):
            best, best_d = 0, float("inf")
            for k in range(K):
                dist = 0.0
                for j in range(D):
                    dist += (p[j] - cents[k][j]) ** 2
                if dist < best_d:
                    best, best_d = k, dist
            labels[i] = best
        sums = [[0.0] * D for _ in range(K)]
        counts = [0] * K
        for i, p in enumerate(pts):
            counts[labels[i]] += 1
            for j in range(D):
                sums[labels[i]][j] += p[j]
        for k in range(K):
            if counts[k]:
                cents[k] = [s / counts[k] for s in sums[k]]
    return np.array(cents, dtype=x.dtype), np.array(labels, dtype=np.int64)
