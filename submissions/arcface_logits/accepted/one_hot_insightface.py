"""The arcface-pytorch recipe: phi for every entry, th/mm fallback, blended in by a one-hot mask."""
import math

import torch
import torch.nn.functional as F


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    cosine = F.linear(F.normalize(embeddings), F.normalize(weight))
    sine = torch.sqrt((1.0 - cosine.pow(2)).clamp(0, 1))
    phi = cosine * math.cos(m) - sine * math.sin(m)
    phi = torch.where(cosine > math.cos(math.pi - m), phi, cosine - math.sin(math.pi - m) * m)
    one_hot = torch.zeros_like(cosine)
    one_hot.scatter_(1, labels.view(-1, 1), 1.0)
    return s * (one_hot * phi + (1.0 - one_hot) * cosine)
