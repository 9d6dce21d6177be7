# mistake: calls .float() on all inputs, so float64 inputs are computed and returned as float32
# 错误：对所有输入调用 .float()，float64 输入被按 float32 计算并返回
import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: .float() everywhere; float64 inputs come back as float32."""
    x, weight, bias = x.float(), weight.float(), bias.float()
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps) * weight + bias
