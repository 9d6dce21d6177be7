import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """Classic mistake: B applied before A (x B A). The shapes only fit when in == out."""
    r = lora_a.shape[0]
    return F.linear(x, weight, bias) + (alpha / r) * (x @ lora_b @ lora_a)
