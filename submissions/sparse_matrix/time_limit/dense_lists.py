"""Correct, but stored dense: add and multiply touch every cell (a triple loop for the product)."""


class SparseMatrix:
    def __init__(self, n_rows, n_cols, triples=()):
        self.a = [[0.0] * n_cols for _ in range(n_rows)]
        for i, j, v in triples:
            self.a[i][j] = v

    @staticmethod
    def _wrap(a):
        m = SparseMatrix(0, 0)
        m.a = a
        return m

    def add(self, other):
        return self._wrap([[x + y for x, y in zip(r, s)] for r, s in zip(self.a, other.a)])

    def multiply(self, other):
        cols = list(zip(*other.a)) if other.a else []
        return self._wrap([[sum(x * y for x, y in zip(r, c)) for c in cols] for r in self.a])

    def items(self):
        return [[i, j, v] for i, r in enumerate(self.a) for j, v in enumerate(r) if v != 0]

    def nnz(self):
        return sum(v != 0 for r in self.a for v in r)

    def to_dense(self):
        return [list(r) for r in self.a]
