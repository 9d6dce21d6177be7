import numpy as np


def box_iou(boxes1, boxes2):
    """Pairwise IoU [N, M]; 0 where the union is 0."""
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    w = np.minimum(boxes1[:, None, 2], boxes2[None, :, 2]) - np.maximum(boxes1[:, None, 0], boxes2[None, :, 0])
    h = np.minimum(boxes1[:, None, 3], boxes2[None, :, 3]) - np.maximum(boxes1[:, None, 1], boxes2[None, :, 1])
    np.maximum(w, 0, out=w)
    np.maximum(h, 0, out=h)
    inter = w * h
    union = a1[:, None] + a2[None, :] - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        iou = inter / union
    iou[union <= 0] = 0
    return iou
