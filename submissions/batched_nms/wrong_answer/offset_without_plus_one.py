# mistake: offsets each class by idxs * boxes.max() (no + 1, assumes coordinates >= 0), so boxes of different classes can still overlap
# 错误：按 idxs * boxes.max() 平移各类（没有 + 1，并假设坐标非负），不同类别的框平移后仍可能重叠
import torch


def batched_nms(boxes, scores, idxs, iou_threshold):
    if boxes.shape[0] == 0:
        return torch.zeros(0, dtype=torch.int64)
    b = boxes.double()
    b = b + (idxs.double() * b.max())[:, None]
    order = torch.sort(scores, descending=True, stable=True).indices
    x1, y1, x2, y2 = b.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    keep = []
    while order.numel():
        i = order[0]
        keep.append(i)
        o = order[1:]
        inter = (torch.minimum(x2[o], x2[i]) - torch.maximum(x1[o], x1[i])).clamp(min=0) * \
                (torch.minimum(y2[o], y2[i]) - torch.maximum(y1[o], y1[i])).clamp(min=0)
        order = o[inter / (areas[i] + areas[o] - inter) <= iou_threshold]
    return torch.stack(keep)
