# mistake: sums the per-triplet losses instead of averaging them over the batch
# 错误：对每个三元组的损失求和，而不是在 batch 上取平均
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    d_ap = torch.linalg.vector_norm(anchor - positive + 1e-6, dim=-1)
    d_an = torch.linalg.vector_norm(anchor - negative + 1e-6, dim=-1)
    return torch.relu(d_ap - d_an + margin).sum()
