"""Correct, but every matrix product is a triple Python loop over lists (Gauss-Jordan for S^-1)."""
import numpy as np


def _mm(A, B):
    n, k, m = len(A), len(B), len(B[0])
    return [[sum(A[i][t] * B[t][j] for t in range(k)) for j in range(m)] for i in range(n)]


def _T(A):
    return [list(r) for r in zip(*A)]


def _inv(A):
    n = len(A)
    M = [list(A[i]) + [1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        d = M[c][c]
        M[c] = [v / d for v in M[c]]
        for r in range(n):
            if r != c:
                f = M[r][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return [row[n:] for row in M]


def kalman_filter_step(x, P, F, Q, H, R, z):
    dt = x.dtype
    x, P, F, Q, H, R, z = (a.tolist() for a in (x, P, F, Q, H, R, z))
    n = len(x)
    xp = [r[0] for r in _mm(F, [[v] for v in x])]
    Pp = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(_mm(_mm(F, P), _T(F)), Q)]
    HP = _mm(H, Pp)
    S = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(_mm(HP, _T(H)), R)]
    K = _mm(_T(HP), _inv(S))
    y = [zi - sum(h * v for h, v in zip(row, xp)) for zi, row in zip(z, H)]
    x_new = [xp[i] + sum(K[i][j] * y[j] for j in range(len(y))) for i in range(n)]
    KHP = _mm(K, HP)
    P_new = [[Pp[i][j] - KHP[i][j] for j in range(n)] for i in range(n)]
    return np.array(x_new, dtype=dt), np.array(P_new, dtype=dt)
