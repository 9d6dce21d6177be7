# mistake: uses cos(theta + m) even when theta + m > pi, without the th / mm fallback
# 错误：theta + m > pi 时仍用 cos(theta + m)，没有 th / mm 回退
import math

import torch
import torch.nn.functional as F


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    cos = F.normalize(embeddings) @ F.normalize(weight).T
    idx = labels.unsqueeze(1)
    c = cos.gather(1, idx)
    sin = (1.0 - c * c).clamp(0, 1).sqrt()
    phi = c * math.cos(m) - sin * math.sin(m)
    return s * cos.scatter(1, idx, phi)
