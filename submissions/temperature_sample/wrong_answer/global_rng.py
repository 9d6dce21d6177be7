# mistake: ignores the generator argument; torch.multinomial draws from the global RNG
# 错误：忽略 generator 参数，torch.multinomial 用的是全局随机数生成器
import torch


def temperature_sample(logits, temperature, generator):
    """Classic mistake: the generator argument is ignored; the draw uses the global RNG."""
    probs = torch.softmax(logits / temperature, dim=-1)
    return torch.multinomial(probs, 1).squeeze(-1)
