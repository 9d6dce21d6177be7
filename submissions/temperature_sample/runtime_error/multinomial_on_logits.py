import torch


def temperature_sample(logits, temperature, generator):
    """Classic mistake: samples from the (negative) logits instead of probabilities."""
    return torch.multinomial(logits / temperature, 1, generator=generator).squeeze(-1)
