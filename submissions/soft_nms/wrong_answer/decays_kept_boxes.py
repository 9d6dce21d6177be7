# mistake: keeps decaying boxes that were already kept (every box but the current one), and returns their final scores
# 错误：已经保留的框仍被后续轮次继续衰减（除当前框外全部衰减），最后返回它们衰减后的分数
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    b = np.asarray(boxes, dtype=np.float64)
    s = np.array(scores, dtype=np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    alive = np.ones(len(s), dtype=bool)
    keep = []
    while alive.any():
        i = int(np.argmax(np.where(alive, s, -1.0)))
        keep.append(i)
        alive[i] = False
        w = np.clip(np.minimum(b[i, 2], b[:, 2]) - np.maximum(b[i, 0], b[:, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[:, 3]) - np.maximum(b[i, 1], b[:, 1]), 0, None)
        inter = w * h
        iou = inter / (area[i] + area - inter)
        if method == "gaussian":
            weight = np.exp(-(iou * iou) / sigma)
        else:
            weight = np.where(iou > iou_threshold, 1 - iou, 1.0)
        weight[i] = 1.0
        s = s * weight
        alive &= s >= score_threshold
    keep = np.array(keep, dtype=np.int64)
    return keep, s[keep].astype(np.asarray(scores).dtype)
