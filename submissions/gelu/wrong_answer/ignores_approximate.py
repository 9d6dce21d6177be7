# mistake: ignores `approximate` and always returns the exact erf form
# 错误：忽略 `approximate` 参数，总是返回 erf 精确形式
"""Classic mistake: ignores `approximate` and always returns the exact erf form (tanh differs by ~1e-3)."""
import math

import torch


def gelu(x, approximate="none"):
    return 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
