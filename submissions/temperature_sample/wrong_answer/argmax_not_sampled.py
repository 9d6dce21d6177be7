import torch


def temperature_sample(logits, temperature, generator):
    """Mistake: greedy argmax instead of a draw."""
    return torch.argmax(logits / temperature, dim=-1)
