import torch


def quality_focal_loss(pred, target, beta=2.0):
    """QFL (Generalized Focal Loss): stable BCE from logits against soft targets, times
    |target - sigmoid(pred)|^beta; summed over classes, averaged over samples."""
    bce = pred.clamp_min(0) - pred * target + torch.log1p(torch.exp(-pred.abs()))
    factor = (target - torch.sigmoid(pred)).abs().pow(beta)
    return (bce * factor).sum(dim=1).mean()
