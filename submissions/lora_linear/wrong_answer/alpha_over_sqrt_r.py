import math

import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """rsLoRA scaling alpha / sqrt(r), not the stated alpha / r."""
    r = lora_a.shape[0]
    return F.linear(x, weight, bias) + (alpha / math.sqrt(r)) * (x @ lora_a.T @ lora_b.T)
