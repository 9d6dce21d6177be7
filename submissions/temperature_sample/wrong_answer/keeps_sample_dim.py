import torch


def temperature_sample(logits, temperature, generator):
    """Mistake: returns torch.multinomial's [B, 1] as it is."""
    probs = torch.softmax(logits / temperature, dim=-1)
    return torch.multinomial(probs, 1, generator=generator)
