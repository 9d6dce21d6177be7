# mistake: uses the VOC2007 11-point interpolation (mean of the best precision at recall 0, 0.1, ..., 1) instead of the all-point area
# 错误：用了 VOC2007 的 11 点插值（召回率 0, 0.1, ..., 1 处最大精度的平均），而不是全点插值的面积
import numpy as np


def _voc_ap(rec, prec):
    ap = 0.0
    for t in np.arange(0.0, 1.1, 0.1):
        p = np.max(prec[rec >= t]) if np.sum(rec >= t) > 0 else 0.0
        ap += p / 11.0
    return ap


def mean_average_precision(det_boxes, det_scores, det_labels, gt_boxes, gt_labels, num_classes,
                           iou_threshold=0.5):
    aps = np.full(num_classes, np.nan)
    for c in range(num_classes):
        recs = {}
        npos = 0
        for i, (gb, gl) in enumerate(zip(gt_boxes, gt_labels)):
            bb = np.asarray(gb, dtype=np.float64)[np.asarray(gl) == c]
            recs[i] = {"bbox": bb, "det": [False] * len(bb)}
            npos += len(bb)
        if npos == 0:
            continue
        image_ids, confidence, BB = [], [], []
        for i, (db, ds, dl) in enumerate(zip(det_boxes, det_scores, det_labels)):
            m = np.asarray(dl) == c
            image_ids += [i] * int(m.sum())
            confidence.append(np.asarray(ds, dtype=np.float64)[m])
            BB.append(np.asarray(db, dtype=np.float64).reshape(-1, 4)[m])
        confidence = np.concatenate(confidence)
        BB = np.concatenate(BB)
        sorted_ind = np.argsort(-confidence, kind="mergesort")
        BB = BB[sorted_ind]
        image_ids = [image_ids[x] for x in sorted_ind]
        nd = len(image_ids)
        tp = np.zeros(nd)
        fp = np.zeros(nd)
        for d in range(nd):
            R = recs[image_ids[d]]
            bb = BB[d]
            BBGT = R["bbox"]
            ovmax, jmax = -np.inf, -1
            if BBGT.size > 0:
                ixmin = np.maximum(BBGT[:, 0], bb[0])
                iymin = np.maximum(BBGT[:, 1], bb[1])
                ixmax = np.minimum(BBGT[:, 2], bb[2])
                iymax = np.minimum(BBGT[:, 3], bb[3])
                iw = np.maximum(ixmax - ixmin, 0.0)
                ih = np.maximum(iymax - iymin, 0.0)
                inters = iw * ih
                uni = (bb[2] - bb[0]) * (bb[3] - bb[1]) + (BBGT[:, 2] - BBGT[:, 0]) * (BBGT[:, 3] - BBGT[:, 1]) - inters
                overlaps = inters / uni
                overlaps[np.array(R["det"], dtype=bool)] = -np.inf  # only unmatched ground truth
                jmax = int(np.argmax(overlaps))
                ovmax = overlaps[jmax]
            if ovmax >= iou_threshold:
                tp[d] = 1.0
                R["det"][jmax] = True
            else:
                fp[d] = 1.0
        fp = np.cumsum(fp)
        tp = np.cumsum(tp)
        rec = tp / float(npos)
        prec = tp / np.maximum(tp + fp, np.finfo(np.float64).eps)
        aps[c] = _voc_ap(rec, prec)
    valid = ~np.isnan(aps)
    return aps, (float(np.mean(aps[valid])) if valid.any() else float("nan"))
