"""Stable BCE as softplus(x) - x * y; the quality factor with torch.pow; sum over classes, mean over rows."""
import torch
import torch.nn.functional as F


def quality_focal_loss(pred, target, beta=2.0):
    bce = F.softplus(pred) - pred * target
    scale = torch.pow(torch.abs(target - torch.sigmoid(pred)), beta)
    return (bce * scale).sum(dim=1).mean()
