"""Another style: cosines from raw products over the norms, the true angle by acos, then cos(theta + m)."""
import math

import torch


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    cos = (embeddings @ weight.T) / (embeddings.norm(dim=1, keepdim=True) * weight.norm(dim=1))
    rows = torch.arange(cos.shape[0])
    c = cos[rows, labels].clamp(-1.0, 1.0)
    theta = torch.acos(c)
    target = torch.where(theta + m < math.pi, torch.cos(theta + m), c - m * math.sin(m))
    out = cos.clone()
    out[rows, labels] = target
    return s * out
