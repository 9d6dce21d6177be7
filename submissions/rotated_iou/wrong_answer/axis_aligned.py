# mistake: ignores the angle and computes the IoU of the axis-aligned boxes cx ± w/2, cy ± h/2
# 错误：忽略旋转角，按轴对齐框 cx ± w/2、cy ± h/2 计算 IoU
import numpy as np


def rotated_iou(boxes1, boxes2):
    b1 = boxes1.astype(np.float64)
    b2 = boxes2.astype(np.float64)
    w = np.minimum(b1[:, 0] + b1[:, 2] / 2, b2[:, 0] + b2[:, 2] / 2) - np.maximum(b1[:, 0] - b1[:, 2] / 2, b2[:, 0] - b2[:, 2] / 2)
    h = np.minimum(b1[:, 1] + b1[:, 3] / 2, b2[:, 1] + b2[:, 3] / 2) - np.maximum(b1[:, 1] - b1[:, 3] / 2, b2[:, 1] - b2[:, 3] / 2)
    inter = np.clip(w, 0, None) * np.clip(h, 0, None)
    union = b1[:, 2] * b1[:, 3] + b2[:, 2] * b2[:, 3] - inter
    return (inter / union).astype(boxes1.dtype)
