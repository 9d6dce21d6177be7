import math

import torch


def gelu(x, approximate="none"):
    """GELU: x * Phi(x) with Phi(x) = 0.5 (1 + erf(x / sqrt 2)); "tanh": the tanh approximation of Phi."""
    if approximate == "tanh":
        inner = math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)
        return 0.5 * x * (1.0 + torch.tanh(inner))
    if approximate != "none":
        raise ValueError(f"approximate must be 'none' or 'tanh', got {approximate!r}")
    return 0.5 * x * (1.0 + torch.erf(x * (1.0 / math.sqrt(2.0))))
