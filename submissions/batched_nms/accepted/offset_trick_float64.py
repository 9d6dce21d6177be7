"""The coordinate-offset trick done safely: shift each class by class_id times (span + 1) in
float64, so boxes of different classes never overlap, then one greedy NMS over all boxes."""
import torch


def _nms(boxes, scores, thr):
    order = torch.argsort(scores, descending=True, stable=True)
    x1, y1, x2, y2 = boxes.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    keep = []
    while order.numel() > 0:
        i = order[0]
        keep.append(i)
        o = order[1:]
        xx1 = torch.maximum(x1[o], x1[i])
        yy1 = torch.maximum(y1[o], y1[i])
        xx2 = torch.minimum(x2[o], x2[i])
        yy2 = torch.minimum(y2[o], y2[i])
        inter = (xx2 - xx1).clamp(min=0) * (yy2 - yy1).clamp(min=0)
        iou = inter / (areas[i] + areas[o] - inter)
        order = o[iou <= thr]
    return torch.stack(keep) if keep else torch.zeros(0, dtype=torch.int64)


def batched_nms(boxes, scores, idxs, iou_threshold):
    if boxes.numel() == 0:
        return torch.zeros(0, dtype=torch.int64)
    b = boxes.double()
    span = b.max() - b.min() + 1
    shifted = b + (idxs.double() * span)[:, None]
    return _nms(shifted, scores, iou_threshold)
