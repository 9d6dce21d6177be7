"""One IoU matrix per (image, class) group, then the greedy walk over every class's
detections in score order; AP from the precision envelope at the true positives."""
import numpy as np


def mean_average_precision(det_boxes, det_scores, det_labels, gt_boxes, gt_labels, num_classes,
                           iou_threshold=0.5):
    ious = {}
    dets = [[] for _ in range(num_classes)]  # (score, image, position in the group)
    npos = np.zeros(num_classes, dtype=np.int64)
    for i in range(len(gt_boxes)):
        db = np.asarray(det_boxes[i], dtype=np.float64).reshape(-1, 4)
        gb = np.asarray(gt_boxes[i], dtype=np.float64).reshape(-1, 4)
        dl, gl = np.asarray(det_labels[i]), np.asarray(gt_labels[i])
        ds = np.asarray(det_scores[i], dtype=np.float64)
        for c in np.unique(np.concatenate([dl, gl]).astype(np.int64)):
            d, g = db[dl == c], gb[gl == c]
            npos[c] += len(g)
            w = np.clip(np.minimum(d[:, None, 2], g[None, :, 2]) - np.maximum(d[:, None, 0], g[None, :, 0]), 0, None)
            h = np.clip(np.minimum(d[:, None, 3], g[None, :, 3]) - np.maximum(d[:, None, 1], g[None, :, 1]), 0, None)
            inter = w * h
            ad = (d[:, 2] - d[:, 0]) * (d[:, 3] - d[:, 1])
            ag = (g[:, 2] - g[:, 0]) * (g[:, 3] - g[:, 1])
            ious[i, c] = [inter / (ad[:, None] + ag[None, :] - inter), np.zeros(len(g), dtype=bool)]
            for k, s in enumerate(ds[dl == c]):
                dets[c].append((s, i, k))
    ap = np.full(num_classes, np.nan)
    for c in range(num_classes):
        if npos[c] == 0:
            continue
        order = sorted(range(len(dets[c])), key=lambda j: -dets[c][j][0])  # stable
        tp = np.zeros(len(order), dtype=bool)
        for r, j in enumerate(order):
            _, i, k = dets[c][j]
            m, used = ious[i, c]
            if m.shape[1] == 0:
                continue
            row = np.where(used, -1.0, m[k])
            g = int(np.argmax(row))
            if row[g] >= iou_threshold:
                used[g] = True
                tp[r] = True
        prec = np.cumsum(tp) / np.arange(1, len(order) + 1)
        env = np.maximum.accumulate(prec[::-1])[::-1] if len(order) else prec
        ap[c] = env[tp].sum() / npos[c]
    ok = ~np.isnan(ap)
    return ap, float(ap[ok].mean()) if ok.any() else float("nan")
