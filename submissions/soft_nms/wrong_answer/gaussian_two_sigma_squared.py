# mistake: Gaussian decay exp(-iou^2 / (2 * sigma^2)) instead of the paper's exp(-iou^2 / sigma)
# 错误：高斯衰减写成 exp(-iou^2 / (2 * sigma^2))，而不是论文代码的 exp(-iou^2 / sigma)
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    b = np.asarray(boxes, dtype=np.float64)
    s = np.array(scores, dtype=np.float64)
    alive = np.ones(len(s), dtype=bool)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep, out = [], []
    while alive.any():
        i = int(np.argmax(np.where(alive, s, -1.0)))
        keep.append(i)
        out.append(s[i])
        alive[i] = False
        w = np.clip(np.minimum(b[i, 2], b[:, 2]) - np.maximum(b[i, 0], b[:, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[:, 3]) - np.maximum(b[i, 1], b[:, 1]), 0, None)
        inter = w * h
        iou = inter / (area[i] + area - inter)
        if method == "gaussian":
            weight = np.exp(-(iou ** 2) / (2 * sigma ** 2))
        else:
            weight = np.where(iou > iou_threshold, 1 - iou, 1.0)
        s = np.where(alive, s * weight, s)
        alive &= s >= score_threshold
    return np.array(keep, dtype=np.int64), np.array(out, dtype=np.asarray(scores).dtype)
