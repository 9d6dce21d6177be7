# mistake: stores the zeros where a sum cancels, so items() and nnz() count them
# 错误：和抵消为 0 时仍把 0 存下来，items() 与 nnz() 把它们也算进去
from collections import defaultdict


class SparseMatrix:
    def __init__(self, n_rows, n_cols, triples=()):
        self.n, self.m = n_rows, n_cols
        self.d = {(i, j): v for i, j, v in triples if v != 0}

    def _new(self, n, m, d):
        out = SparseMatrix(n, m)
        out.d = dict(d)
        return out

    def add(self, other):
        d = dict(self.d)
        for k, v in other.d.items():
            d[k] = d.get(k, 0.0) + v
        return self._new(self.n, self.m, d)

    def multiply(self, other):
        by_row = defaultdict(list)
        for (k, j), w in other.d.items():
            by_row[k].append((j, w))
        d = defaultdict(float)
        for (i, k), v in self.d.items():
            for j, w in by_row.get(k, ()):
                d[(i, j)] += v * w
        return self._new(self.n, other.m, d)

    def items(self):
        return [[i, j, v] for (i, j), v in sorted(self.d.items())]

    def nnz(self):
        return len(self.d)

    def to_dense(self):
        out = [[0.0] * self.m for _ in range(self.n)]
        for (i, j), v in self.d.items():
            out[i][j] = v
        return out
