import torch


def clamped_l1_loss(pred, target, lo, hi):
    """Mean absolute error between the prediction clamped to [lo, hi] and the (unclamped) target."""
    return (pred.clamp(lo, hi) - target).abs().mean()
