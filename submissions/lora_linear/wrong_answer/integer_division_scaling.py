# mistake: computes the scale with floor division alpha // r instead of alpha / r
# 错误：缩放系数用整除 alpha // r，而不是 alpha / r
import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """Floor division: alpha // r is 0 whenever alpha < r."""
    r = lora_a.shape[0]
    return F.linear(x, weight, bias) + (alpha // r) * (x @ lora_a.T @ lora_b.T)
