import math

import torch
import torch.nn.functional as F


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    """insightface ArcFace (easy_margin=False): s*cos(theta + m) on the true class, s*cos(theta) elsewhere."""
    cos = F.normalize(embeddings, dim=1) @ F.normalize(weight, dim=1).T   # [N, C]
    idx = labels.unsqueeze(1)
    cos_y = cos.gather(1, idx)
    sin_y = (1.0 - cos_y * cos_y).clamp(0, 1).sqrt()
    phi = cos_y * math.cos(m) - sin_y * math.sin(m)                      # cos(theta + m)
    phi = torch.where(cos_y > math.cos(math.pi - m), phi, cos_y - math.sin(math.pi - m) * m)
    return cos.scatter(1, idx, phi) * s
