import math

import torch


def _slopes(n):
    def power_of_2(m):
        start = 2.0 ** (-8.0 / m)
        return [start ** (i + 1) for i in range(m)]

    if math.log2(n).is_integer():
        return power_of_2(n)
    closest = 2 ** math.floor(math.log2(n))
    return power_of_2(closest) + _slopes(2 * closest)[0::2][: n - closest]


def alibi_bias(num_heads, seq_len):
    """Correct, but every element written from a Python loop."""
    slopes = _slopes(num_heads)
    out = torch.empty(num_heads, seq_len, seq_len)
    for h in range(num_heads):
        for i in range(seq_len):
            for j in range(seq_len):
                out[h, i, j] = -slopes[h] * (i - j) if j <= i else float("-inf")
    return out
