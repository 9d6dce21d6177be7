# mistake: applies the angular margin to every class, not only to the true class
# 错误：对所有类别都加角度间隔，而不只是真实类别
import math

import torch
import torch.nn.functional as F


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    cosine = F.normalize(embeddings) @ F.normalize(weight).T
    sine = torch.sqrt((1.0 - cosine.pow(2)).clamp(0, 1))
    phi = cosine * math.cos(m) - sine * math.sin(m)
    phi = torch.where(cosine > math.cos(math.pi - m), phi, cosine - math.sin(math.pi - m) * m)
    return s * phi
