# mistake: divides by sqrt(var) with no eps, so a constant row gives 0/0
# 错误：分母用 sqrt(var)，没加 eps，常数行会得到 0/0
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: forgets eps; a constant row divides 0 by 0."""
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var) * weight + bias
