import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    """Soft-NMS (Bodla et al.): each round keeps the box with the highest current score
    (ties: lowest index) and decays the scores of the remaining boxes by their IoU with it."""
    b = np.asarray(boxes, dtype=np.float64)
    s = np.array(scores, dtype=np.float64)  # current scores; -1 once kept or dropped
    n = s.shape[0]
    x1, y1, x2, y2 = (np.ascontiguousarray(b[:, k]) for k in range(4))
    area = (x2 - x1) * (y2 - y1)
    keep, kept = [], []
    gaussian = method == "gaussian"
    w = np.empty(n)
    h = np.empty(n)
    for _ in range(n):
        j = int(np.argmax(s))  # the first maximum: the lowest index on ties
        if s[j] < 0.0:
            break
        keep.append(j)
        kept.append(s[j])
        s[j] = -1.0
        np.minimum(x2[j], x2, out=w)
        w -= np.maximum(x1[j], x1)
        np.minimum(y2[j], y2, out=h)
        h -= np.maximum(y1[j], y1)
        np.maximum(w, 0.0, out=w)
        np.maximum(h, 0.0, out=h)
        inter = w * h
        iou = inter / (area[j] + area - inter)
        if gaussian:
            s *= np.exp(-(iou * iou) / sigma)
        else:
            s *= np.where(iou > iou_threshold, 1.0 - iou, 1.0)
        s[s < score_threshold] = -1.0  # score_threshold > 0: kept boxes stay out
    out_dtype = np.result_type(np.asarray(scores).dtype, np.float32)
    return np.array(keep, dtype=np.int64), np.array(kept, dtype=out_dtype)
