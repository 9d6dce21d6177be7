# mistake: multiplies the logits by T instead of dividing by T
# 错误：logits 乘以 T，而不是除以 T
import torch


def temperature_sample(logits, temperature, generator):
    """Classic mistake: logits * T sharpens where it should flatten (and vice versa)."""
    probs = torch.softmax(logits * temperature, dim=-1)
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)
