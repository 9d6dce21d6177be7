# mistake: averages over every element (samples and classes) instead of summing over classes and averaging over samples
# 错误：对所有元素（样本和类别）取平均，而不是先对类别求和再对样本取平均
import torch.nn.functional as F


def quality_focal_loss(pred, target, beta=2.0):
    bce = F.softplus(pred) - pred * target
    return (bce * (target - pred.sigmoid()).abs() ** beta).mean()
