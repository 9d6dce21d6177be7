# mistake: takes the greedy argmax instead of sampling from softmax(logits / T)
# 错误：直接取 argmax（贪心），而不是从 softmax(logits / T) 中采样
import torch


def temperature_sample(logits, temperature, generator):
    """Mistake: greedy argmax instead of a draw."""
    return torch.argmax(logits / temperature, dim=-1)
