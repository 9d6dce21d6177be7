import math

import torch


def rms_norm(x, weight, eps=1e-6):
    """Correct, but every row and element in Python."""
    D = x.shape[-1]
    rows = x.reshape(-1, D).double().tolist()
    w = weight.double().tolist()
    out = []
    for row in rows:
        ms = sum(v * v for v in row) / D
        inv = 1.0 / math.sqrt(ms + eps)
        out.append([v * inv * w[j] for j, v in enumerate(row)])
    return torch.tensor(out, dtype=torch.float64).reshape(x.shape).to(x.dtype)
