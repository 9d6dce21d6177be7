# mistake: re-seeds a fresh generator per row from the given seed, so every row draws the same random numbers
# 错误：每一行都用给定的种子新建生成器，所有行用的是同一组随机数
import torch


def temperature_sample(logits, temperature, generator):
    """Mistake: each row re-seeds a generator from the given one's seed, so every row
    draws with the same random numbers."""
    probs = torch.softmax(logits / temperature, dim=-1)
    out = []
    for row in probs:
        g = torch.Generator().manual_seed(generator.initial_seed())
        out.append(torch.multinomial(row, 1, generator=g))
    return torch.cat(out)
