# mistake: scales the update by alpha / sqrt(r) (rsLoRA) instead of alpha / r
# 错误：低秩更新的缩放用 alpha / sqrt(r)（rsLoRA），而不是 alpha / r
import math

import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """rsLoRA scaling alpha / sqrt(r), not the stated alpha / r."""
    r = lora_a.shape[0]
    return F.linear(x, weight, bias) + (alpha / math.sqrt(r)) * (x @ lora_a.T @ lora_b.T)
