import math

import torch


def learnable_position_encoding(x, table, offset=0):
    """Mixes in the embedding scaling of the original Transformer: x * sqrt(E) + pe."""
    return x * math.sqrt(x.shape[-1]) + table[offset : offset + x.shape[1]]
