# mistake: multiply pairs A[i, k] with B[j, k] (equal columns): it computes A @ B.T
# 错误：乘法把 A[i, k] 与 B[j, k]（列号相同）相乘，算成了 A @ B.T
from collections import defaultdict


class SparseMatrix:
    def __init__(self, n_rows, n_cols, triples=()):
        self.n, self.m = n_rows, n_cols
        self.d = {(i, j): v for i, j, v in triples if v != 0}

    def _new(self, n, m, d):
        out = SparseMatrix(n, m)
        out.d = {k: v for k, v in d.items() if v != 0}
        return out

    def add(self, other):
        d = dict(self.d)
        for k, v in other.d.items():
            d[k] = d.get(k, 0.0) + v
        return self._new(self.n, self.m, d)

    def multiply(self, other):
        by_row = defaultdict(list)
        for (j, k), w in other.d.items():
            by_row[k].append((j, w))
        d = defaultdict(float)
        for (i, k), v in self.d.items():
            for j, w in by_row.get(k, ()):
                d[(i, j)] += v * w
        return self._new(self.n, other.n, d)

    def items(self):
        return [[i, j, v] for (i, j), v in sorted(self.d.items())]

    def nnz(self):
        return len(self.d)

    def to_dense(self):
        out = [[0.0] * self.m for _ in range(self.n)]
        for (i, j), v in self.d.items():
            out[i][j] = v
        return out
