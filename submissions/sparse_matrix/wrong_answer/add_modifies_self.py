# mistake: add updates self in place and returns it, so the first operand changes
# 错误：add 原地修改 self 并返回它，第一个操作数被改掉了
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
        for k, v in other.d.items():
            self.d[k] = self.d.get(k, 0.0) + v
        self.d = {k: v for k, v in self.d.items() if v != 0}
        return self

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
