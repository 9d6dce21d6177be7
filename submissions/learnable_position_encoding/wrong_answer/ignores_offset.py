import torch


def learnable_position_encoding(x, table, offset=0):
    """Classic mistake: positions always start at 0 (wrong for every decode step)."""
    return x + table[: x.shape[1]]
