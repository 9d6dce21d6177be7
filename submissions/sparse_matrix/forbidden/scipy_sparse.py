"""scipy.sparse does the work."""
import scipy.sparse as sp


class SparseMatrix:
    def __init__(self, n_rows, n_cols, triples=()):
        rows = [int(t[0]) for t in triples]
        cols = [int(t[1]) for t in triples]
        vals = [t[2] for t in triples]
        self.m = sp.csr_matrix((vals, (rows, cols)), shape=(n_rows, n_cols))

    def _wrap(self, m):
        out = SparseMatrix(*m.shape)
        m.eliminate_zeros()
        out.m = m.tocsr()
        return out

    def add(self, other):
        return self._wrap(self.m + other.m)

    def multiply(self, other):
        return self._wrap(self.m @ other.m)

    def items(self):
        c = self.m.tocoo()
        return sorted([int(i), int(j), float(v)] for i, j, v in zip(c.row, c.col, c.data))

    def nnz(self):
        return int(self.m.nnz)

    def to_dense(self):
        return self.m.toarray().tolist()
