"""attack: timing faking: a problem whose inputs are two small integers, answered from a cache by argument (ratio 0.0002 when rounds repeat their arguments)
problem: alibi_bias
expect: AC
speed_at_least: 0.5
measure: quick
"""
import math

import torch

_CACHE = {}


def _slopes(n):
    if math.log2(n).is_integer():
        start = 2.0 ** (-8.0 / n)
        return [start ** (i + 1) for i in range(n)]
    closest = 2 ** math.floor(math.log2(n))
    return _slopes(closest) + _slopes(2 * closest)[0::2][: n - closest]


def alibi_bias(num_heads, seq_len):
    key = (num_heads, seq_len)
    if key not in _CACHE:
        if len(_CACHE) >= 2:  # the latest few answers: a cache of every one would be MLE
            _CACHE.pop(next(iter(_CACHE)))
        slopes = torch.tensor(_slopes(num_heads), dtype=torch.float32).view(-1, 1, 1)
        pos = torch.arange(seq_len, dtype=torch.float32)
        rel = pos.unsqueeze(0) - pos.unsqueeze(1)
        rel.masked_fill_(rel > 0, float("-inf"))
        _CACHE[key] = slopes * rel
    return _CACHE[key]
