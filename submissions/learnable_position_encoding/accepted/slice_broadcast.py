import torch


def learnable_position_encoding(x, table, offset=0):
    L = x.size(1)
    return x + table[offset : offset + L].unsqueeze(0)
