"""Reaches pairwise_distance through torch.ops.aten (refused at dispatch)."""
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    pd = torch.ops.aten.pairwise_distance
    d_ap = pd(anchor, positive, 2.0, 1e-6, False)
    d_an = pd(anchor, negative, 2.0, 1e-6, False)
    return torch.relu(d_ap - d_an + margin).mean()
