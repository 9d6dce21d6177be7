import math

import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Correct, but one Python loop iteration per element."""
    d = x.shape[-1]
    rows = x.reshape(-1, d).tolist()
    w, b = weight.tolist(), bias.tolist()
    out = []
    for row in rows:
        mean = sum(row) / d
        var = sum((v - mean) ** 2 for v in row) / d
        inv = 1.0 / math.sqrt(var + eps)
        out.append([(v - mean) * inv * w[j] + b[j] for j, v in enumerate(row)])
    return torch.tensor(out, dtype=x.dtype).reshape(x.shape)
