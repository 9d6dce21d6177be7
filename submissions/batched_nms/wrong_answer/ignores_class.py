# mistake: runs plain NMS over all boxes and ignores idxs, so boxes of different classes suppress each other
# 错误：忽略 idxs，对所有框做普通 NMS，不同类别的框也会互相抑制
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
        order = o[inter / (areas[i] + areas[o] - inter) <= iou_threshold]
    return torch.stack(keep)
