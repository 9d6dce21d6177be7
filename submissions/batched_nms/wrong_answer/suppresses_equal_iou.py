# mistake: suppresses a box when iou >= threshold, so a box exactly at the threshold is removed (only iou > threshold suppresses)
# 错误：iou >= 阈值就抑制，恰好等于阈值的框被删掉了（只有 iou > 阈值才应抑制）
import torch


def batched_nms(boxes, scores, idxs, iou_threshold):
    if boxes.shape[0] == 0:
        return torch.zeros(0, dtype=torch.int64)
    order = torch.sort(scores, descending=True, stable=True).indices
    b = boxes.double()
    x1, y1, x2, y2 = b.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    keep = []
    while order.numel():
        i = order[0]
        keep.append(i)
        o = order[1:]
        inter = (torch.minimum(x2[o], x2[i]) - torch.maximum(x1[o], x1[i])).clamp(min=0) * \
                (torch.minimum(y2[o], y2[i]) - torch.maximum(y1[o], y1[i])).clamp(min=0)
        iou = inter / (areas[i] + areas[o] - inter)
        order = o[(iou < iou_threshold) | (idxs[o] != idxs[i])]
    return torch.stack(keep)
