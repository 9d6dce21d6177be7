# mistake: uses the quick approximation x * sigmoid(1.702 x) for both modes
# 错误：两种模式都用了快速近似 x * sigmoid(1.702 x)
"""Classic mistake: the quick approximation x * sigmoid(1.702 x) for both modes (~2e-2 off)."""
import torch


def gelu(x, approximate="none"):
    return x * torch.sigmoid(1.702 * x)
