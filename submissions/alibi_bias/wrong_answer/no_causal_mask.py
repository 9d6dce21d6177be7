# mistake: uses symmetric -slope * |i - j| with no -inf causal mask above the diagonal
# 错误：用对称的 -slope * |i - j|，对角线上方没有填 -inf 的因果掩码
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
    """Classic mistake: symmetric -slope * |i - j| with no -inf above the diagonal."""
    slopes = torch.tensor(_slopes(num_heads), dtype=torch.float32).view(-1, 1, 1)
    pos = torch.arange(seq_len, dtype=torch.float32)
    rel = -(pos.unsqueeze(0) - pos.unsqueeze(1)).abs()
    return slopes * rel  # slope * -inf = -inf
