"""Distances as sqrt of the summed squares of (x - y + eps); hinge with relu; mean as sum / N."""
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    eps = 1e-6
    d_ap = ((anchor - positive + eps) ** 2).sum(dim=1).sqrt()
    d_an = ((anchor - negative + eps) ** 2).sum(dim=1).sqrt()
    return torch.relu(d_ap - d_an + margin).sum() / anchor.shape[0]
