# mistake: divides by std + eps instead of sqrt(var + eps)
# 错误：用 std + eps 作分母，而不是 sqrt(var + eps)
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: (x - mean) / (std + eps) instead of / sqrt(var + eps)."""
    mean = x.mean(dim=-1, keepdim=True)
    std = x.std(dim=-1, keepdim=True, unbiased=False)
    return (x - mean) / (std + eps) * weight + bias
