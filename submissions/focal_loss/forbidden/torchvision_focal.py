"""Calls torchvision.ops.sigmoid_focal_loss (forbidden)."""
from torchvision.ops import sigmoid_focal_loss


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    return sigmoid_focal_loss(inputs, targets, alpha=alpha, gamma=gamma, reduction=reduction)
