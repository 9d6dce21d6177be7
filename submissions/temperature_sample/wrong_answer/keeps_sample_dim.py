# mistake: returns torch.multinomial's [B, 1] output without squeezing the last dim to [B]
# 错误：直接返回 torch.multinomial 的 [B, 1] 结果，没有 squeeze 成 [B]
import torch


def temperature_sample(logits, temperature, generator):
    """Mistake: returns torch.multinomial's [B, 1] as it is."""
    probs = torch.softmax(logits / temperature, dim=-1)
    return torch.multinomial(probs, 1, generator=generator)
