import math

import torch


def temperature_sample(logits, temperature, generator):
    """Correct draw, but the softmax walks every element in Python, indexing the tensor."""
    b, v = logits.shape
    probs = torch.empty(b, v, dtype=logits.dtype)
    for i in range(b):
        m = max(float(logits[i, j]) for j in range(v)) / temperature
        total = 0.0
        for j in range(v):
            e = math.exp(float(logits[i, j]) / temperature - m)
            probs[i, j] = e
            total += e
        for j in range(v):
            probs[i, j] = probs[i, j] / total
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)
