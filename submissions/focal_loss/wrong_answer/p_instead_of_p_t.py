# mistake: uses (1 - p)^gamma with p = sigmoid(x) instead of (1 - p_t)^gamma
# 错误：调制因子用 (1 - p)^gamma（p = sigmoid(x)），而不是 (1 - p_t)^gamma
import torch
import torch.nn.functional as F


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    p = torch.sigmoid(inputs)
    ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    loss = ce * (1 - p) ** gamma
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]
