"""torch.clamp on the prediction, then |.| and the mean over every element."""
import torch


def clamped_l1_loss(pred, target, lo, hi):
    return torch.mean(torch.abs(torch.clamp(pred, min=lo, max=hi) - target))
