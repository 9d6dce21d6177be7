# mistake: samples with torch.distributions.Categorical, which ignores the generator and uses the global RNG
# 错误：用 torch.distributions.Categorical 采样，无法传入 generator，用的是全局随机数生成器
import torch


def temperature_sample(logits, temperature, generator):
    """torch.distributions.Categorical(...).sample() has no generator: global RNG again."""
    return torch.distributions.Categorical(logits=logits / temperature).sample()
