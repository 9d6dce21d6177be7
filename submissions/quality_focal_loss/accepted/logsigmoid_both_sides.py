"""BCE from logsigmoid(x) and logsigmoid(-x); the total divided by the number of samples."""
import torch.nn.functional as F


def quality_focal_loss(pred, target, beta=2.0):
    bce = -(target * F.logsigmoid(pred) + (1 - target) * F.logsigmoid(-pred))
    loss = bce * (pred.sigmoid() - target).abs() ** beta
    return loss.sum() / pred.shape[0]
