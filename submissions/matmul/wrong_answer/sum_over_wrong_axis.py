"""Classic mistake: broadcasts A[:, :, None] * B[None] correctly but sums over axis 0 instead of 1."""
import numpy as np


def matmul(A, B):
    return (A[:, :, None] * B[None, :, :]).sum(axis=0)
