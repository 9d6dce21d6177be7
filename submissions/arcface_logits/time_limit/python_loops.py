"""Correct, but every cosine is a Python loop over the dimensions."""
import math

import torch


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    E, W, Y = embeddings.tolist(), weight.tolist(), labels.tolist()
    wn = [math.sqrt(sum(v * v for v in w)) for w in W]
    out = []
    for e, y in zip(E, Y):
        en = math.sqrt(sum(v * v for v in e))
        row = []
        for j, w in enumerate(W):
            c = sum(a * b for a, b in zip(e, w)) / (en * wn[j])
            if j == y:
                c = max(-1.0, min(1.0, c))
                th = math.acos(c)
                c = math.cos(th + m) if th + m < math.pi else c - m * math.sin(m)
            row.append(s * c)
        out.append(row)
    return torch.tensor(out, dtype=embeddings.dtype)
