"""Correct per-class NMS, but every IoU in pure Python: O(N^2) interpreter work."""
import torch


def batched_nms(boxes, scores, idxs, iou_threshold):
    n = boxes.shape[0]
    b = boxes.tolist()
    s = scores.tolist()
    c = idxs.tolist()
    order = sorted(range(n), key=lambda i: -s[i])
    removed = [False] * n
    keep = []
    for a, i in enumerate(order):
        if removed[i]:
            continue
        keep.append(i)
        for j in order[a + 1:]:
            w = min(b[i][2], b[j][2]) - max(b[i][0], b[j][0])
            h = min(b[i][3], b[j][3]) - max(b[i][1], b[j][1])
            inter = max(w, 0.0) * max(h, 0.0)
            union = (b[i][2] - b[i][0]) * (b[i][3] - b[i][1]) + (b[j][2] - b[j][0]) * (b[j][3] - b[j][1]) - inter
            if inter / union > iou_threshold and c[j] == c[i] and not removed[j]:
                removed[j] = True
    return torch.tensor(keep, dtype=torch.int64)
