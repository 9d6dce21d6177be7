# mistake: divides the softmax probabilities by T instead of the logits, so it samples at temperature 1
# 错误：在 softmax 之后用概率除以 T 而不是除 logits，实际按温度 1 采样
import torch


def temperature_sample(logits, temperature, generator):
    """Classic mistake: the temperature applied after the softmax; multinomial renormalises,
    so this samples at temperature 1."""
    probs = torch.softmax(logits, dim=-1) / temperature
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)
