# mistake: adds the raw tx, ty to the grid offset without a sigmoid
# 错误：直接把原始的 tx、ty 加到网格偏移上，没有先做 sigmoid
import torch


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    p = pred.reshape(B, A, 5 + K, H * W).transpose(2, 3)
    gy, gx = torch.meshgrid(torch.arange(H, dtype=pred.dtype), torch.arange(W, dtype=pred.dtype), indexing="ij")
    grid = torch.stack((gx.reshape(-1), gy.reshape(-1)), -1)
    xy = (p[..., :2] + grid) * stride
    wh = torch.exp(p[..., 2:4]) * anchors[None, :, None, :]
    boxes = torch.cat((xy, wh), -1).reshape(B, A * H * W, 4)
    return boxes, torch.sigmoid(p[..., 4]).reshape(B, -1), torch.sigmoid(p[..., 5:]).reshape(B, A * H * W, K)
