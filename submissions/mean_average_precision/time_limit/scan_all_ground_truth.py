"""Correct, but for every detection it computes the IoU with every ground-truth box of the
data set in pure Python, then keeps those of its image and class."""
import numpy as np


def mean_average_precision(det_boxes, det_scores, det_labels, gt_boxes, gt_labels, num_classes,
                           iou_threshold=0.5):
    gts = []  # (image, label, box, index)
    for i in range(len(gt_boxes)):
        for b, l in zip(np.asarray(gt_boxes[i]).tolist(), np.asarray(gt_labels[i]).tolist()):
            gts.append((i, l, b))
    dets = []
    for i in range(len(det_boxes)):
        for b, s, l in zip(np.asarray(det_boxes[i]).reshape(-1, 4).tolist(), np.asarray(det_scores[i]).tolist(),
                           np.asarray(det_labels[i]).tolist()):
            dets.append((s, i, l, b))
    ap = [float("nan")] * num_classes
    for c in range(num_classes):
        npos = sum(1 for g in gts if g[1] == c)
        if npos == 0:
            continue
        mine = sorted([d for d in dets if d[2] == c], key=lambda d: -d[0])
        used = [False] * len(gts)
        tps = []
        for s, i, l, b in mine:
            best, bj = -1.0, -1
            for j, (gi, gl, g) in enumerate(gts):
                w = max(0.0, min(b[2], g[2]) - max(b[0], g[0]))
                h = max(0.0, min(b[3], g[3]) - max(b[1], g[1]))
                inter = w * h
                iou = inter / ((b[2] - b[0]) * (b[3] - b[1]) + (g[2] - g[0]) * (g[3] - g[1]) - inter)
                if gi == i and gl == c and not used[j] and iou > best:
                    best, bj = iou, j
            if bj >= 0 and best >= iou_threshold:
                used[bj] = True
                tps.append(1)
            else:
                tps.append(0)
        total, prec = 0, []
        for k, t in enumerate(tps):
            total += t
            prec.append(total / (k + 1))
        best_after = 0.0
        acc = 0.0
        for k in range(len(tps) - 1, -1, -1):
            best_after = max(best_after, prec[k])
            if tps[k]:
                acc += best_after
        ap[c] = acc / npos
    ap = np.array(ap)
    ok = ~np.isnan(ap)
    return ap, float(ap[ok].mean()) if ok.any() else float("nan")
