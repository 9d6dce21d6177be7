# mistake: concatenates the per-class results class by class instead of sorting all kept boxes by score
# 错误：按类别依次拼接各类的结果，而不是把所有保留的框按分数统一排序
import torch


def _nms(b, s, thr):
    order = torch.sort(s, descending=True, stable=True).indices
    x1, y1, x2, y2 = b.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    keep = []
    while order.numel():
        i = order[0]
        keep.append(i)
        o = order[1:]
        inter = (torch.minimum(x2[o], x2[i]) - torch.maximum(x1[o], x1[i])).clamp(min=0) * \
                (torch.minimum(y2[o], y2[i]) - torch.maximum(y1[o], y1[i])).clamp(min=0)
        order = o[inter / (areas[i] + areas[o] - inter) <= thr]
    return torch.stack(keep)


def batched_nms(boxes, scores, idxs, iou_threshold):
    out = []
    for c in torch.unique(idxs):
        members = torch.nonzero(idxs == c).flatten()
        out.append(members[_nms(boxes[members].double(), scores[members], iou_threshold)])
    if not out:
        return torch.zeros(0, dtype=torch.int64)
    return torch.cat(out)
