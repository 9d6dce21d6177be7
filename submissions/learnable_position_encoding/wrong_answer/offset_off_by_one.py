# mistake: treats offset as the last cached position and starts at offset + 1 instead of offset
# 错误：把 offset 当成最后一个已缓存 token 的位置，从 offset + 1 而不是 offset 开始取
import torch


def learnable_position_encoding(x, table, offset=0):
    """Treats offset as the position of the last cached token: starts one row late."""
    start = offset + 1 if offset > 0 else 0
    return x + table[start : start + x.shape[1]]
