# mistake: uses torch.var's default unbiased variance (divide by D - 1) instead of the biased one (divide by D)
# 错误：用 torch.var 默认的无偏方差（除以 D - 1），而不是有偏方差（除以 D）
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: torch.var defaults to the unbiased estimator (divide by D - 1)."""
    mean = x.mean(dim=-1, keepdim=True)
    var = x.var(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps) * weight + bias
