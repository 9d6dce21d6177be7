# mistake: subtracts m from the cosine (CosFace) instead of adding m to the angle
# 错误：从余弦里减去 m（CosFace），而不是在角度上加 m
import torch
import torch.nn.functional as F


def arcface_logits(embeddings, weight, labels, s=64.0, m=0.5):
    cosine = F.normalize(embeddings) @ F.normalize(weight).T
    one_hot = F.one_hot(labels, weight.shape[0]).to(cosine.dtype)
    return s * (cosine - m * one_hot)
