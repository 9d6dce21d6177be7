"""Correct, but one pair at a time in Python."""
import torch


def giou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    out = []
    for (a1, b1, a2, b2), (c1, d1, c2, d2) in zip(boxes1.tolist(), boxes2.tolist()):
        inter = max(0.0, min(a2, c2) - max(a1, c1)) * max(0.0, min(b2, d2) - max(b1, d1))
        union = (a2 - a1) * (b2 - b1) + (c2 - c1) * (d2 - d1) - inter
        hull = (max(a2, c2) - min(a1, c1)) * (max(b2, d2) - min(b1, d1))
        out.append(1 - (inter / (union + eps) - (hull - union) / (hull + eps)))
    loss = torch.tensor(out, dtype=boxes1.dtype)
    if reduction == "mean":
        return loss.mean() if out else torch.zeros((), dtype=boxes1.dtype)
    return loss.sum() if reduction == "sum" else loss
