"""torchvision's recipe: BCE-with-logits, p_t, alpha_t chosen with torch.where."""
import torch
import torch.nn.functional as F


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    p = inputs.sigmoid()
    ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = torch.where(targets == 1, p, 1 - p)
    loss = ce * (1 - p_t).pow(gamma)
    if alpha >= 0:
        loss = loss * torch.where(targets == 1, alpha, 1 - alpha)
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]
