# mistake: normalises the embeddings but not the class weight rows
# 错误：只归一化了特征，没有归一化类别权重的每一行
import math

import torch
import torch.nn.functional as F


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    cos = F.normalize(embeddings) @ weight.T
    idx = labels.unsqueeze(1)
    c = cos.gather(1, idx)
    sin = (1.0 - c * c).clamp(0, 1).sqrt()
    phi = c * math.cos(m) - sin * math.sin(m)
    phi = torch.where(c > math.cos(math.pi - m), phi, c - math.sin(math.pi - m) * m)
    return s * cos.scatter(1, idx, phi)
