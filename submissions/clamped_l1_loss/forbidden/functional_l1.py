"""Clamps by hand but takes the loss from torch.nn.functional.l1_loss (forbidden)."""
import torch.nn.functional as F


def clamped_l1_loss(pred, target, lo, hi):
    return F.l1_loss(pred.clamp(lo, hi), target)
