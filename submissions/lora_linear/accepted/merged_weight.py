import torch.nn.functional as F


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    """Merge the adapter into the weight first (what inference servers do)."""
    merged = weight + (alpha / lora_a.shape[0]) * (lora_b @ lora_a)
    return F.linear(x, merged, bias)
