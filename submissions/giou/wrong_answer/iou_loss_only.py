# mistake: leaves out the enclosing-box term: 1 - IoU, the plain IoU loss
# 错误：漏掉最小外接框那一项，只算了 1 - IoU（普通 IoU 损失）
import torch


def giou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    a1, b1, a2, b2 = boxes1.unbind(-1)
    c1, d1, c2, d2 = boxes2.unbind(-1)
    w = (torch.minimum(a2, c2) - torch.maximum(a1, c1)).clamp_min(0)
    h = (torch.minimum(b2, d2) - torch.maximum(b1, d1)).clamp_min(0)
    inter = w * h
    union = (a2 - a1) * (b2 - b1) + (c2 - c1) * (d2 - d1) - inter
    hull = (torch.maximum(a2, c2) - torch.minimum(a1, c1)) * (torch.maximum(b2, d2) - torch.minimum(b1, d1))
    loss = 1 - inter / (union + eps)
    if reduction == "mean":
        return loss.mean() if loss.numel() else loss.sum() * 0.0
    if reduction == "sum":
        return loss.sum()
    return loss
