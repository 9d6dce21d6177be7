"""Correct, but one Python iteration per element with math.erf / math.tanh."""
import math

import torch


def gelu(x, approximate="none"):
    c = math.sqrt(2 / math.pi)
    out = []
    for v in x.reshape(-1).tolist():
        if approximate == "tanh":
            out.append(0.5 * v * (1 + math.tanh(c * (v + 0.044715 * v ** 3))))
        else:
            out.append(0.5 * v * (1 + math.erf(v / math.sqrt(2))))
    return torch.tensor(out, dtype=x.dtype).reshape(x.shape)
