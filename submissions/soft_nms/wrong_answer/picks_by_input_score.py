# mistake: visits boxes in the order of their input scores, sorted once, instead of picking the highest decayed score each round
# 错误：按输入分数只排序一次并依次处理，而不是每一轮选当前（衰减后）分数最高的框
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    b = np.asarray(boxes, dtype=np.float64)
    s = np.array(scores, dtype=np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    order = np.argsort(-s, kind="stable")
    alive = np.ones(len(s), dtype=bool)
    keep, out = [], []
    for i in order:
        if not alive[i]:
            continue
        keep.append(i)
        out.append(s[i])
        alive[i] = False
        w = np.clip(np.minimum(b[i, 2], b[:, 2]) - np.maximum(b[i, 0], b[:, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[:, 3]) - np.maximum(b[i, 1], b[:, 1]), 0, None)
        inter = w * h
        iou = inter / (area[i] + area - inter)
        if method == "gaussian":
            weight = np.exp(-(iou * iou) / sigma)
        else:
            weight = np.where(iou > iou_threshold, 1 - iou, 1.0)
        s = np.where(alive, s * weight, s)
        alive &= s >= score_threshold
    return np.array(keep, dtype=np.int64), np.array(out, dtype=np.asarray(scores).dtype)
