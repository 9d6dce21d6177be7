class SparseMatrix:
    """Rows of {column: value}; zeros never stored; operations return new matrices."""

    def __init__(self, n_rows, n_cols, triples=()):
        self.shape = (n_rows, n_cols)
        self.rows = {}
        for i, j, v in triples:
            if v != 0:
                self.rows.setdefault(i, {})[j] = v

    @classmethod
    def _of(cls, shape, rows):
        m = cls(*shape)
        m.rows = {i: r for i, r in rows.items() if r}
        return m

    def add(self, other):
        rows = {i: dict(r) for i, r in self.rows.items()}
        for i, r in other.rows.items():
            mine = rows.setdefault(i, {})
            for j, v in r.items():
                s = mine.get(j, 0.0) + v
                if s == 0:
                    mine.pop(j, None)
                else:
                    mine[j] = s
        return SparseMatrix._of(self.shape, rows)

    def multiply(self, other):
        rows = {}
        for i, r in self.rows.items():
            acc = {}
            for k, v in r.items():
                for j, w in other.rows.get(k, {}).items():
                    acc[j] = acc.get(j, 0.0) + v * w
            rows[i] = {j: s for j, s in acc.items() if s != 0}
        return SparseMatrix._of((self.shape[0], other.shape[1]), rows)

    def items(self):
        return [[i, j, self.rows[i][j]] for i in sorted(self.rows) for j in sorted(self.rows[i])]

    def nnz(self):
        return sum(len(r) for r in self.rows.values())

    def to_dense(self):
        out = [[0.0] * self.shape[1] for _ in range(self.shape[0])]
        for i, r in self.rows.items():
            for j, v in r.items():
                out[i][j] = v
        return out
