# mistake: the tanh form without the 0.044715 x^3 term
# 错误：tanh 形式漏掉了 0.044715 x^3 项
"""Classic mistake: the tanh form without the 0.044715 x^3 term."""
import math

import torch


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * x))
    return 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
