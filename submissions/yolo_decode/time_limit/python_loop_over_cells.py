"""Correct decoding, but every anchor, cell and class handled in pure Python loops."""
import math

import torch


def _sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    an = anchors.tolist()
    boxes, obj, cls = [], [], []
    for b in range(B):
        p = pred[b].tolist()  # [C][H][W]
        bb, oo, cc = [], [], []
        for a in range(A):
            ch = p[a * (5 + K):(a + 1) * (5 + K)]
            for y in range(H):
                for x in range(W):
                    bb.append([(_sigmoid(ch[0][y][x]) + x) * stride, (_sigmoid(ch[1][y][x]) + y) * stride,
                               math.exp(ch[2][y][x]) * an[a][0], math.exp(ch[3][y][x]) * an[a][1]])
                    oo.append(_sigmoid(ch[4][y][x]))
                    cc.append([_sigmoid(ch[5 + j][y][x]) for j in range(K)])
        boxes.append(bb)
        obj.append(oo)
        cls.append(cc)
    return (torch.tensor(boxes, dtype=pred.dtype).reshape(B, A * H * W, 4),
            torch.tensor(obj, dtype=pred.dtype).reshape(B, A * H * W),
            torch.tensor(cls, dtype=pred.dtype).reshape(B, A * H * W, K))
