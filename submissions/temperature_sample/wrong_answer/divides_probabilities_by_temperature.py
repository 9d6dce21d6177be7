import torch


def temperature_sample(logits, temperature, generator):
    """Classic mistake: the temperature applied after the softmax; multinomial renormalises,
    so this samples at temperature 1."""
    probs = torch.softmax(logits, dim=-1) / temperature
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)
