import torch


def temperature_sample(logits, temperature, generator):
    """Softmax by hand (max subtracted), then one multinomial draw for the whole batch."""
    z = logits / temperature
    z = z - z.max(dim=-1, keepdim=True).values
    p = torch.exp(z)
    p = (p / p.sum(dim=-1, keepdim=True)).contiguous()  # multinomial draws in memory order
    return torch.multinomial(p, 1, generator=generator)[:, 0]
