# mistake: hard-codes 1e-5 and ignores the eps argument
# 错误：把 eps 写死为 1e-5，忽略了传入的 eps 参数
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: uses the usual 1e-5 and ignores the eps argument."""
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + 1e-5) * weight + bias
