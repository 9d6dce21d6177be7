import torch


def temperature_sample(logits, temperature, generator):
    """Softmax without subtracting the max: exp overflows at low temperature (inf / inf = nan)."""
    e = torch.exp(logits / temperature)
    return torch.multinomial(e / e.sum(-1, keepdim=True), 1, generator=generator).squeeze(-1)
