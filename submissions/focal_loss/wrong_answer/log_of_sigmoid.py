# mistake: computes the BCE as log(sigmoid(x)) and log(1 - sigmoid(x)), which give -inf / nan for large |x|
# 错误：用 log(sigmoid(x)) 和 log(1 - sigmoid(x)) 计算 BCE，|x| 很大时得到 -inf / nan
import torch


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    p = torch.sigmoid(inputs)
    ce = -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]
