import torch


def temperature_sample(logits, temperature, generator):
    """One token per row from softmax(logits / temperature), drawn with the given generator."""
    probs = torch.softmax(logits / temperature, dim=-1)
    return torch.multinomial(probs, num_samples=1, generator=generator).squeeze(-1)
