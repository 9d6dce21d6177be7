# mistake: returns the fairseq shortcut slope * j (key position) instead of the bias -slope * (i - j)
# 错误：返回 fairseq 的简写 slope * j（只按 key 位置），而不是要求的偏置 -slope * (i - j)
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
    """Classic mistake: the fairseq shortcut slope * j (+ mask). Softmax gives the same
    probabilities, but it is not the bias -slope * (i - j) asked for."""
    slopes = torch.tensor(_slopes(num_heads), dtype=torch.float32).view(-1, 1, 1)
    pos = torch.arange(seq_len, dtype=torch.float32)
    rel = pos.unsqueeze(0).expand(seq_len, seq_len).clone()
    rel.masked_fill_(pos.unsqueeze(0) > pos.unsqueeze(1), float("-inf"))
    return slopes * rel  # slope * -inf = -inf
