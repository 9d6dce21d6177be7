# mistake: for reduction='mean' sums over the last (class) axis and averages over the others, not over all elements
# 错误：reduction='mean' 时先对最后一维（类别）求和再对其余维取平均，而不是对所有元素取平均
import torch
import torch.nn.functional as F


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    p = torch.sigmoid(inputs)
    ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "mean":
        return loss.sum(-1).mean()
    if reduction == "sum":
        return loss.sum()
    return loss
