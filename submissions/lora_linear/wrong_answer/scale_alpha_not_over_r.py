# mistake: scales the update by alpha instead of alpha / r
# 错误：低秩更新乘以 alpha，而不是 alpha / r
import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """Classic mistake: scales the update by alpha, forgetting to divide by r."""
    return F.linear(x, weight, bias) + alpha * (x @ lora_a.T @ lora_b.T)
