import torch


def learnable_position_encoding(x, table, offset=0):
    """Treats offset as the position of the last cached token: starts one row late."""
    start = offset + 1 if offset > 0 else 0
    return x + table[start : start + x.shape[1]]
