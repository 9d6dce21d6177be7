"""A second style: x * Phi(x) via torch.special.ndtr, and the tanh form as x * sigmoid(2u)."""
import math

import torch


def gelu(x, approximate="none"):
    if approximate == "tanh":
        u = math.sqrt(2 / math.pi) * x * (1 + 0.044715 * x * x)
        return x * torch.sigmoid(2 * u)
    return x * torch.special.ndtr(x)
