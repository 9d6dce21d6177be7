"""Another style: log p and log(1 - p) from F.logsigmoid(+-x); 1 - p_t as a sigmoid of the other sign."""
import torch.nn.functional as F


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    log_p = F.logsigmoid(inputs)
    log_1mp = F.logsigmoid(-inputs)
    ce = -(targets * log_p + (1 - targets) * log_1mp)
    one_minus_pt = targets * (-inputs).sigmoid() + (1 - targets) * inputs.sigmoid()
    loss = ce * one_minus_pt ** gamma
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss
