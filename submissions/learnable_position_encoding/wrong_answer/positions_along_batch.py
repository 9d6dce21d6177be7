# mistake: assumes [L, B, E] input and indexes positions along dim 0 (batch) instead of dim 1 (sequence)
# 错误：按 [L, B, E] 输入编写，沿 dim 0（batch）而不是 dim 1（序列）取位置
import torch


def learnable_position_encoding(x, table, offset=0):
    """Classic mistake: code written for [L, B, E] inputs; the rows follow the batch axis."""
    return x + table[offset : offset + x.shape[0]].unsqueeze(1)
