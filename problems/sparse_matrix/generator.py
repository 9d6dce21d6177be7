"""Scripts for SparseMatrix: matrices of small non-zero integers (exact sums in any order) as
[row, col, value] triples with distinct positions, then add / multiply / items / nnz /
to_dense calls (harness.run_script).

Modes: ``random`` (square n x n), ``rect`` (rows x inner times inner x cols), ``cancel`` (B holds
-A at some of A's positions: the sum has zeros that must not be stored), ``cancel_product``
(a product whose sums cancel), ``unchanged`` (the operands' items read again after add and
multiply), ``example`` (2 x 2).
"""

import numpy as np


def _triples(rng, rows, cols, nnz):
    nnz = min(nnz, rows * cols)
    if nnz * 4 < rows * cols:  # sparse: draw with replacement, keep the first of each cell
        drawn = rng.integers(0, rows * cols, size=2 * nnz + 10)
        _, first = np.unique(drawn, return_index=True)
        cells = drawn[np.sort(first)][:nnz]
    else:
        cells = rng.choice(rows * cols, size=nnz, replace=False) if nnz else []
    values = rng.integers(1, 6, size=nnz) * rng.choice([-1, 1], size=nnz)
    return [[int(c // cols), int(c % cols), float(v)] for c, v in zip(cells, values)]


def generate(rng, mode="random", n=4, nnz=5, rows=3, inner=4, cols=3, dense=True):
    if mode == "example":
        a, b = [[0, 0, 1.0], [1, 1, 2.0]], [[0, 1, 3.0], [1, 1, -2.0]]
        return {"init": [2, 2, a], "calls": [[0, "new", [2, 2, b]], [0, "add", [{"object": 1}]],
                                              [2, "to_dense", []], [0, "multiply", [{"object": 1}]],
                                              [3, "items", []], [3, "nnz", []]]}
    if mode == "cancel_product":  # row [1, 1] times column [1, -1]: 0, which must not be stored
        a = [[0, 0, 1.0], [0, 1, 1.0], [1, 0, 2.0]]
        b = [[0, 0, 1.0], [1, 0, -1.0], [1, 1, 3.0]]
        return {"init": [2, 2, a], "calls": [[0, "new", [2, 2, b]], [0, "multiply", [{"object": 1}]],
                                              [2, "items", []], [2, "nnz", []]]}
    if mode == "rect":
        a, b = _triples(rng, rows, inner, nnz), _triples(rng, inner, cols, nnz)
        calls = [[0, "new", [inner, cols, b]], [0, "multiply", [{"object": 1}]], [2, "items", []],
                 [2, "nnz", []]]
        if dense:
            calls.append([2, "to_dense", []])
        return {"init": [rows, inner, a], "calls": calls}
    a, b = _triples(rng, n, n, nnz), _triples(rng, n, n, nnz)
    if mode == "cancel":
        b = [[i, j, -v] for i, j, v in a[: len(a) // 2]] + [t for t in b if (t[0], t[1]) not in
                                                           {(i, j) for i, j, _ in a}][: len(a) // 2]
    calls = [[0, "new", [n, n, b]], [0, "add", [{"object": 1}]], [2, "items", []], [2, "nnz", []],
             [0, "multiply", [{"object": 1}]], [3, "items", []], [3, "nnz", []]]
    if mode == "unchanged":
        calls += [[0, "items", []], [1, "items", []], [0, "nnz", []]]
    if dense:
        calls += [[2, "to_dense", []], [3, "to_dense", []]]
    return {"init": [n, n, a], "calls": calls}
