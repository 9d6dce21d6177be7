"""Corners as [N, 2] tensors: intersection and hull from elementwise max/min of the corners."""
import torch


def giou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    lt, rb = torch.max(boxes1[:, :2], boxes2[:, :2]), torch.min(boxes1[:, 2:], boxes2[:, 2:])
    inter = (rb - lt).clamp(min=0).prod(dim=1)
    area1 = (boxes1[:, 2:] - boxes1[:, :2]).prod(dim=1)
    area2 = (boxes2[:, 2:] - boxes2[:, :2]).prod(dim=1)
    union = area1 + area2 - inter
    hull = (torch.max(boxes1[:, 2:], boxes2[:, 2:]) - torch.min(boxes1[:, :2], boxes2[:, :2])).prod(dim=1)
    giou = inter / (union + eps) - (hull - union) / (hull + eps)
    loss = 1 - giou
    if reduction == "mean":
        return loss.mean() if loss.numel() > 0 else torch.zeros((), dtype=loss.dtype)
    return loss.sum() if reduction == "sum" else loss
