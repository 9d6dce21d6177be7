"""Correct, but every distance in pure Python: O(M * N * D) interpreter work."""
import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    tr = train_x.tolist()
    ys = train_y.tolist()
    out = []
    for t in test_x.tolist():
        dist = [(sum((a - b) ** 2 for a, b in zip(t, x)), j) for j, x in enumerate(tr)]
        dist.sort()
        votes = {}
        for _, j in dist[:k]:
            votes[ys[j]] = votes.get(ys[j], 0) + 1
        best = max(votes.values())
        out.append(min(lab for lab, v in votes.items() if v == best))
    return np.array(out, dtype=np.int64)
