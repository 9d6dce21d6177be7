# mistake: uses +slope * (i - j) instead of -slope * (i - j), so distant keys are favoured, not penalised
# 错误：用 +slope * (i - j) 而不是 -slope * (i - j)，远处的 key 反被加分而非惩罚
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
    """Classic mistake: +slope * (i - j): distant keys are favoured instead of penalised."""
    slopes = torch.tensor(_slopes(num_heads), dtype=torch.float32).view(-1, 1, 1)
    pos = torch.arange(seq_len, dtype=torch.float32)
    rel = pos.unsqueeze(1) - pos.unsqueeze(0)
    rel.masked_fill_(rel < 0, float("-inf"))  # the future: j > i
    return slopes * rel  # slope * -inf = -inf
