import torch


def learnable_position_encoding(x, table, offset=0):
    """x [B, L, E] plus the table rows offset .. offset + L - 1, the same rows for every batch item."""
    return x + table[offset : offset + x.shape[1]]
