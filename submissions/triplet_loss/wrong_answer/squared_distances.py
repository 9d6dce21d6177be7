# mistake: uses squared Euclidean distances (no square root) instead of the distances themselves
# 错误：使用欧氏距离的平方（没有开方），而不是欧氏距离本身
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    d_ap = ((anchor - positive + 1e-6) ** 2).sum(dim=-1)
    d_an = ((anchor - negative + 1e-6) ** 2).sum(dim=-1)
    return torch.relu(d_ap - d_an + margin).mean()
