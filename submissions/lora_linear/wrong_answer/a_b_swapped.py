# mistake: applies B before A (x @ B @ A) instead of x @ A.T @ B.T
# 错误：先乘 B 再乘 A（x @ B @ A），而不是 x @ A.T @ B.T
import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """Classic mistake: B applied before A (x B A). The shapes only fit when in == out."""
    r = lora_a.shape[0]
    return F.linear(x, weight, bias) + (alpha / r) * (x @ lora_b @ lora_a)
