"""Soft-NMS after the paper's cpu_soft_nms: in float64, the best remaining box is swapped
to position i, the boxes after it are decayed, and a box that falls below the threshold is
swapped to the end; the original indices travel with the rows."""
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    dets = np.concatenate([np.asarray(boxes, dtype=np.float64).reshape(-1, 4),
                           np.asarray(scores, dtype=np.float64).reshape(-1, 1),
                           np.arange(len(scores), dtype=np.float64).reshape(-1, 1)], axis=1)
    n = len(dets)
    i = 0
    while i < n:
        rest = dets[i:n]
        # highest score, then lowest original index
        top = rest[:, 4].max()
        best = int(np.argmin(np.where(rest[:, 4] == top, rest[:, 5], np.inf))) + i
        dets[[i, best]] = dets[[best, i]]
        cur = dets[i]
        others = dets[i + 1:n]
        iw = np.maximum(np.minimum(cur[2], others[:, 2]) - np.maximum(cur[0], others[:, 0]), 0)
        ih = np.maximum(np.minimum(cur[3], others[:, 3]) - np.maximum(cur[1], others[:, 1]), 0)
        inter = iw * ih
        ua = (cur[2] - cur[0]) * (cur[3] - cur[1]) + (others[:, 2] - others[:, 0]) * (others[:, 3] - others[:, 1]) - inter
        ov = inter / ua
        if method == "gaussian":
            others[:, 4] *= np.exp(-(ov * ov) / sigma)
        else:
            others[:, 4] *= np.where(ov > iou_threshold, 1 - ov, 1)
        alive = others[:, 4] >= score_threshold
        if not alive.all():  # the dropped rows go to the end
            dets[i + 1:n] = np.concatenate([others[alive], others[~alive]])
            n = i + 1 + int(alive.sum())
        i += 1
    out_dt = np.result_type(np.asarray(scores).dtype, np.float32)
    return dets[:n, 5].astype(np.int64), dets[:n, 4].astype(out_dt)
