"""torch.norm of the shifted differences, hinge with clamp(min=0), torch.mean."""
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    d_ap = torch.norm(anchor - positive + 1e-6, p=2, dim=-1)
    d_an = torch.norm(anchor - negative + 1e-6, p=2, dim=-1)
    return torch.mean((margin + d_ap - d_an).clamp(min=0))
