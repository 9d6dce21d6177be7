import torch


def temperature_sample(logits, temperature, generator):
    """Probabilities in float64 via logits * (1 / T): the same draw."""
    probs = torch.softmax(logits.double() * (1.0 / temperature), dim=-1)
    return torch.multinomial(probs, num_samples=1, replacement=True, generator=generator).view(-1)
