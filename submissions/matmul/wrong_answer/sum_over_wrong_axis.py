# mistake: sums A[:, :, None] * B[None] over axis 0 instead of axis 1 (the shared K axis)
# 错误：对 A[:, :, None] * B[None] 沿 axis 0 求和，而不是沿 axis 1（共享的 K 维）
"""Classic mistake: broadcasts A[:, :, None] * B[None] correctly but sums over axis 0 instead of 1."""
import numpy as np


def matmul(A, B):
    return (A[:, :, None] * B[None, :, :]).sum(axis=0)
