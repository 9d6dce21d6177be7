import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    """F.triplet_margin_loss(p=2, eps=1e-6, swap=False, reduction='mean'): eps added to the difference."""
    d_ap = torch.linalg.vector_norm(anchor - positive + 1e-6, dim=-1)
    d_an = torch.linalg.vector_norm(anchor - negative + 1e-6, dim=-1)
    return torch.clamp_min(d_ap - d_an + margin, 0.0).mean()
