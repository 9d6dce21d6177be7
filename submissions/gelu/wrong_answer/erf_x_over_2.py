# mistake: erf(x / 2) instead of erf(x / sqrt 2) in the exact form
# 错误：精确形式里写成 erf(x / 2)，而不是 erf(x / sqrt 2)
"""Classic mistake: erf(x / 2) instead of erf(x / sqrt 2) in the exact form."""
import math

import torch


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1 + torch.erf(x / 2))
