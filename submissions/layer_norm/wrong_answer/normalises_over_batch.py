# mistake: computes mean and variance over dim 0 (BatchNorm's axis) instead of the last dim
# 错误：在 dim 0（BatchNorm 的维度）上求均值和方差，而不是最后一维
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: BatchNorm's axis; statistics over dim 0 instead of the last dim."""
    mean = x.mean(dim=0, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=0, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps) * weight + bias
