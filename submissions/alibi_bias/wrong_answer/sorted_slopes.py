# mistake: sorts the non-power-of-two slopes largest to smallest instead of keeping the paper's construction order
# 错误：把非 2 的幂头数的斜率按从大到小排序，而没有保持论文的构造顺序
import math

import torch


def _slopes(n):
    """The ALiBi paper's rule: a geometric sequence for a power of two; otherwise the
    slopes of the nearest lower power of two, then every other slope of the next one."""
    def power_of_2(m):
        start = 2.0 ** (-(2.0 ** -(math.log2(m) - 3)))  # 2 ** (-8 / m)
        return [start ** (i + 1) for i in range(m)]

    if math.log2(n).is_integer():
        return power_of_2(n)
    closest = 2 ** math.floor(math.log2(n))
    return power_of_2(closest) + _slopes(2 * closest)[0::2][: n - closest]


def alibi_bias(num_heads, seq_len):
    """Classic mistake: the non-power-of-two slopes sorted from largest to smallest (the
    paper keeps them in construction order)."""
    slopes = torch.tensor(sorted(_slopes(num_heads), reverse=True), dtype=torch.float32).view(-1, 1, 1)
    pos = torch.arange(seq_len, dtype=torch.float32)
    rel = pos.unsqueeze(0) - pos.unsqueeze(1)  # j - i = -(i - j)
    rel.masked_fill_(rel > 0, float("-inf"))  # the future: j > i
    return slopes * rel  # slope * -inf = -inf
