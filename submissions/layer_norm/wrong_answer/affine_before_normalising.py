# mistake: applies x * weight + bias before normalising instead of after, so the affine is undone
# 错误：先做 x * weight + bias 再归一化，而不是归一化之后再做仿射，仿射被抵消
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: scales and shifts x first, then normalises (the affine is undone)."""
    x = x * weight + bias
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps)
