# mistake: suppresses boxes whose IoU exceeds iou_threshold (hard NMS) instead of decaying their scores
# 错误：把 IoU 超过 iou_threshold 的框直接删除（硬 NMS），而不是衰减它们的分数
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    b = np.asarray(boxes, dtype=np.float64)
    s = np.array(scores, dtype=np.float64)
    idx = np.arange(len(s))
    keep, out = [], []
    while idx.size:
        j = int(np.argmax(s[idx]))
        i = idx[j]
        keep.append(i)
        out.append(s[i])
        rest = np.delete(idx, j)
        w = np.clip(np.minimum(b[i, 2], b[rest, 2]) - np.maximum(b[i, 0], b[rest, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[rest, 3]) - np.maximum(b[i, 1], b[rest, 1]), 0, None)
        inter = w * h
        iou = inter / ((b[i, 2] - b[i, 0]) * (b[i, 3] - b[i, 1]) + (b[rest, 2] - b[rest, 0]) * (b[rest, 3] - b[rest, 1]) - inter)
        idx = rest[iou <= iou_threshold]
    return np.array(keep, dtype=np.int64), np.array(out, dtype=np.asarray(scores).dtype)
