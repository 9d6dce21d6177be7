import numpy as np


def nms(boxes, scores, iou_threshold):
    """A second style: precompute all IoUs, then walk the order with a mask."""
    n = len(boxes)
    b = np.asarray(boxes, dtype=np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    order = np.argsort(-np.asarray(scores), kind="stable")
    suppressed = np.zeros(n, dtype=bool)
    keep = []
    for i in order:
        if suppressed[i]:
            continue
        keep.append(i)
        w = np.clip(np.minimum(b[i, 2], b[:, 2]) - np.maximum(b[i, 0], b[:, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[:, 3]) - np.maximum(b[i, 1], b[:, 1]), 0, None)
        inter = w * h
        suppressed |= inter / (area[i] + area - inter) > iou_threshold
    return np.asarray(keep, dtype=np.int64)
