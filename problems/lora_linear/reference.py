import torch
import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """x W^T + b + (alpha / r) * (x A^T) B^T, with r = lora_a.shape[0]."""
    r = lora_a.shape[0]
    return F.linear(x, weight, bias) + (x @ lora_a.T @ lora_b.T) * (alpha / r)
