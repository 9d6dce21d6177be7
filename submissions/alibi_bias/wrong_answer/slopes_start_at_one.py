# mistake: slopes are 2^(-8h/n) for h = 0..n-1 instead of 2^(-8(h+1)/n), so the first head's slope is 1
# 错误：斜率用 2^(-8h/n)（h 从 0 开始）而不是 2^(-8(h+1)/n)，第一个头的斜率变成 1
import math

import torch


def _slopes(n):
    """The ALiBi paper's rule: a geometric sequence for a power of two; otherwise the
    slopes of the nearest lower power of two, then every other slope of the next one."""
    def power_of_2(m):
        start = 2.0 ** (-(2.0 ** -(math.log2(m) - 3)))  # 2 ** (-8 / m)
        return [start ** i for i in range(m)]

    if math.log2(n).is_integer():
        return power_of_2(n)
    closest = 2 ** math.floor(math.log2(n))
    return power_of_2(closest) + _slopes(2 * closest)[0::2][: n - closest]


def alibi_bias(num_heads, seq_len):
    """Classic mistake: slopes 2^(-8h/n) for h = 0..n-1, so the first head has slope 1."""
    slopes = torch.tensor(_slopes(num_heads), dtype=torch.float32).view(-1, 1, 1)
    pos = torch.arange(seq_len, dtype=torch.float32)
    rel = pos.unsqueeze(0) - pos.unsqueeze(1)  # j - i = -(i - j)
    rel.masked_fill_(rel > 0, float("-inf"))  # the future: j > i
    return slopes * rel  # slope * -inf = -inf
