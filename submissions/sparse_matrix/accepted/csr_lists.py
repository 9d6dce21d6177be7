"""CSR-like rows: for each row, parallel sorted lists of columns and values."""


class SparseMatrix:
    def __init__(self, n_rows, n_cols, triples=()):
        self.shape = (n_rows, n_cols)
        rows = {}
        for i, j, v in triples:
            if v:
                rows.setdefault(i, []).append((j, v))
        self.rows = {i: sorted(r) for i, r in rows.items()}

    @staticmethod
    def _from_rows(shape, rows):
        m = SparseMatrix(*shape)
        m.rows = {i: sorted((j, v) for j, v in r.items() if v) for i, r in rows.items()}
        m.rows = {i: r for i, r in m.rows.items() if r}
        return m

    def add(self, other):
        rows = {}
        for src in (self.rows, other.rows):
            for i, r in src.items():
                acc = rows.setdefault(i, {})
                for j, v in r:
                    acc[j] = acc.get(j, 0.0) + v
        return SparseMatrix._from_rows(self.shape, rows)

    def multiply(self, other):
        rows = {}
        for i, r in self.rows.items():
            acc = {}
            for k, v in r:
                for j, w in other.rows.get(k, ()):
                    acc[j] = acc.get(j, 0.0) + v * w
            rows[i] = acc
        return SparseMatrix._from_rows((self.shape[0], other.shape[1]), rows)

    def items(self):
        return [[i, j, v] for i in sorted(self.rows) for j, v in self.rows[i]]

    def nnz(self):
        return sum(len(r) for r in self.rows.values())

    def to_dense(self):
        out = [[0.0] * self.shape[1] for _ in range(self.shape[0])]
        for i, r in self.rows.items():
            for j, v in r:
                out[i][j] = v
        return out
