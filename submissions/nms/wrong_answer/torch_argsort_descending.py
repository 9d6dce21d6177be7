# mistake: orders boxes with torch.argsort(descending=True), which is not stable, so ties are not lower index first
# 错误：用不稳定的 torch.argsort(descending=True) 排序，分数相同时不保证下标小的在前
import numpy as np
import torch


def nms(boxes, scores, iou_threshold):
    """Real code's mistake: `torch.argsort(descending=True)` is not stable on CPU: small inputs
    happen to keep ties in order, larger ones do not (the contract: lower index first)."""
    if len(boxes) == 0:
        return np.zeros(0, dtype=np.int64)
    b = torch.from_numpy(np.ascontiguousarray(boxes))
    order = torch.argsort(torch.from_numpy(np.ascontiguousarray(scores)), descending=True)
    x1, y1, x2, y2 = b.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    keep = []
    while order.numel() > 0:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        inter = (torch.minimum(x2[i], x2[rest]) - torch.maximum(x1[i], x1[rest])).clamp(min=0) * \
            (torch.minimum(y2[i], y2[rest]) - torch.maximum(y1[i], y1[rest])).clamp(min=0)
        order = rest[inter / (areas[i] + areas[rest] - inter) <= iou_threshold]
    return np.array(keep, dtype=np.int64)
