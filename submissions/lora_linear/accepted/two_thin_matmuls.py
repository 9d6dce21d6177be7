import torch


def lora_linear(x, weight, bias, lora_a, lora_b, alpha):
    scaling = alpha / lora_a.size(0)
    y = x @ weight.T
    if bias is not None:
        y = y + bias
    return y + scaling * ((x @ lora_a.T) @ lora_b.T)
