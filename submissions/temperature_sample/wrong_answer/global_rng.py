import torch


def temperature_sample(logits, temperature, generator):
    """Classic mistake: the generator argument is ignored; the draw uses the global RNG."""
    probs = torch.softmax(logits / temperature, dim=-1)
    return torch.multinomial(probs, 1).squeeze(-1)
