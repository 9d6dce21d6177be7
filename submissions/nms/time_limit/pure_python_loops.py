def nms(boxes, scores, iou_threshold):
    """Correct, but every IoU in pure Python: O(N^2) interpreter work."""
    n = len(boxes)
    order = sorted(range(n), key=lambda i: -float(scores[i]))
    b = [[float(v) for v in row] for row in boxes]
    removed = [False] * n
    keep = []
    for a, i in enumerate(order):
        if removed[i]:
            continue
        keep.append(i)
        for j in order[a + 1:]:
            if removed[j]:
                continue
            w = min(b[i][2], b[j][2]) - max(b[i][0], b[j][0])
            h = min(b[i][3], b[j][3]) - max(b[i][1], b[j][1])
            inter = max(w, 0.0) * max(h, 0.0)
            union = (b[i][2] - b[i][0]) * (b[i][3] - b[i][1]) + (b[j][2] - b[j][0]) * (b[j][3] - b[j][1]) - inter
            if inter / union > iou_threshold:
                removed[j] = True
    import numpy as np

    return np.array(keep, dtype=np.int64)
