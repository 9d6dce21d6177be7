# mistake: ignores offset: always adds table rows starting at position 0 instead of at offset
# 错误：忽略 offset：总是从第 0 行开始取位置编码，而不是从 offset 开始
import torch


def learnable_position_encoding(x, table, offset=0):
    """Classic mistake: positions always start at 0 (wrong for every decode step)."""
    return x + table[: x.shape[1]]
