"""The BCE through torch.ops.aten.binary_cross_entropy_with_logits (refused at dispatch)."""
import torch


def quality_focal_loss(pred, target, beta=2.0):
    bce = torch.ops.aten.binary_cross_entropy_with_logits(pred, target, None, None, 0)
    return (bce * (target - pred.sigmoid()).abs().pow(beta)).sum(dim=1).mean()
