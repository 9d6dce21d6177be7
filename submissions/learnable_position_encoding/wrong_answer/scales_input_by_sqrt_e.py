# mistake: multiplies x by sqrt(E) before adding the table (original Transformer embedding scaling), not x + pe
# 错误：加位置编码前把 x 乘以 sqrt(E)（原版 Transformer 的嵌入缩放），而不是直接 x + pe
import math

import torch


def learnable_position_encoding(x, table, offset=0):
    """Mixes in the embedding scaling of the original Transformer: x * sqrt(E) + pe."""
    return x * math.sqrt(x.shape[-1]) + table[offset : offset + x.shape[1]]
