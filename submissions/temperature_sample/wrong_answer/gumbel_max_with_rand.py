# mistake: samples via Gumbel-max with torch.rand instead of torch.multinomial on softmax(logits / T)
# 错误：用 torch.rand 做 Gumbel-max 采样，而不是对 softmax(logits / T) 调用 torch.multinomial
import torch


def temperature_sample(logits, temperature, generator):
    """A valid sampler (Gumbel-max), but not the draw the problem defines."""
    u = torch.rand(logits.shape, generator=generator, dtype=logits.dtype)
    gumbel = -torch.log(-torch.log(u.clamp_min(1e-20)))
    return torch.argmax(logits / temperature + gumbel, dim=-1)
