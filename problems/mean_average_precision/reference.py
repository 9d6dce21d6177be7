import numpy as np


def mean_average_precision(det_boxes, det_scores, det_labels, gt_boxes, gt_labels, num_classes,
                           iou_threshold=0.5):
    """VOC-style AP per class (all-point interpolation) and their mean over the classes that
    have ground truth."""
    n_img = len(gt_boxes)
    ap = np.full(num_classes, np.nan)
    # every detection as (image, position in image), concatenated in image order
    d_img = np.concatenate([np.full(len(s), i) for i, s in enumerate(det_scores)] + [np.zeros(0, int)])
    d_box = np.concatenate([np.asarray(b, dtype=np.float64).reshape(-1, 4) for b in det_boxes] + [np.zeros((0, 4))])
    d_score = np.concatenate([np.asarray(s, dtype=np.float64).reshape(-1) for s in det_scores] + [np.zeros(0)])
    d_label = np.concatenate([np.asarray(l).reshape(-1) for l in det_labels] + [np.zeros(0, int)])
    g_box = [np.asarray(b, dtype=np.float64).reshape(-1, 4) for b in gt_boxes]
    g_label = [np.asarray(l).reshape(-1) for l in gt_labels]
    n_pos = np.bincount(np.concatenate(g_label + [np.zeros(0, int)]).astype(np.int64), minlength=num_classes)
    for c in range(num_classes):
        if n_pos[c] == 0:
            continue
        sel = np.flatnonzero(d_label == c)
        order = sel[np.argsort(-d_score[sel], kind="stable")]
        # this class's ground truth per image: boxes, areas, matched flags
        gts = [g_box[i][g_label[i] == c] for i in range(n_img)]
        areas = [(g[:, 2] - g[:, 0]) * (g[:, 3] - g[:, 1]) for g in gts]
        taken = [np.zeros(len(g), dtype=bool) for g in gts]
        tp = np.zeros(len(order))
        for k, d in enumerate(order):
            i = d_img[d]
            g = gts[i]
            if len(g) == 0:
                continue
            b = d_box[d]
            w = np.minimum(b[2], g[:, 2]) - np.maximum(b[0], g[:, 0])
            h = np.minimum(b[3], g[:, 3]) - np.maximum(b[1], g[:, 1])
            inter = np.maximum(w, 0.0) * np.maximum(h, 0.0)
            iou = inter / ((b[2] - b[0]) * (b[3] - b[1]) + areas[i] - inter)
            iou[taken[i]] = -1.0
            j = int(np.argmax(iou))  # the first maximum: the lowest index on ties
            if iou[j] >= iou_threshold:
                taken[i][j] = True
                tp[k] = 1.0
        ctp = np.cumsum(tp)
        precision = ctp / np.arange(1, len(order) + 1)
        # all-point interpolation: each TP adds 1/n_pos times the best precision at or after it
        envelope = np.maximum.accumulate(precision[::-1])[::-1]
        ap[c] = float(np.sum(envelope[tp == 1.0])) / n_pos[c] if len(order) else 0.0
    have = ~np.isnan(ap)
    m = float(ap[have].mean()) if have.any() else float("nan")
    return ap, m
