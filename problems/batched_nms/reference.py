import torch


def batched_nms(boxes, scores, idxs, iou_threshold):
    """Per-class greedy NMS: boxes suppress only boxes of their own class; kept indices in
    descending score order, ties to the lower index. One pass of tensor operations per kept
    box, on that class's boxes only."""
    n = boxes.shape[0]
    if n == 0:
        return torch.zeros(0, dtype=torch.int64)
    order = torch.sort(scores, descending=True, stable=True).indices  # global rank order
    b = boxes[order].to(torch.float64)
    cls = idxs[order]
    # group the ranks by class, keeping rank order inside each class
    by_class = torch.sort(cls, stable=True).indices
    counts = torch.unique_consecutive(cls[by_class], return_counts=True)[1].tolist()
    kept = []
    for ranks in torch.split(by_class, counts):
        x1, y1, x2, y2 = b[ranks].unbind(1)
        area = (x2 - x1) * (y2 - y1)
        rest = torch.arange(ranks.numel())
        while rest.numel():
            i = int(rest[0])
            kept.append(int(ranks[i]))
            r = rest[1:]
            w = (torch.minimum(x2[r], x2[i]) - torch.maximum(x1[r], x1[i])).clamp_(min=0)
            h = (torch.minimum(y2[r], y2[i]) - torch.maximum(y1[r], y1[i])).clamp_(min=0)
            inter = w * h
            rest = r[inter / (area[r] + area[i] - inter) <= iou_threshold]
    kept = torch.tensor(sorted(kept), dtype=torch.int64)  # back to rank order across classes
    return order[kept]
