import torch


def learnable_position_encoding(x, table, offset=0):
    """Classic mistake: code written for [L, B, E] inputs; the rows follow the batch axis."""
    return x + table[offset : offset + x.shape[0]].unsqueeze(1)
