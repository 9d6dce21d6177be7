# mistake: weights every element by alpha, negatives included, instead of alpha_t (1 - alpha for negatives)
# 错误：所有元素都乘 alpha（负类也是），而不是 alpha_t（负类应为 1 - alpha）
import torch
import torch.nn.functional as F


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    p = inputs.sigmoid()
    ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = alpha * loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]
