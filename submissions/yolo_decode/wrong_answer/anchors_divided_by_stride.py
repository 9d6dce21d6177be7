# mistake: divides the pixel anchors by the stride (grid units) and never scales the box size back to pixels
# 错误：把像素单位的 anchor 除以 stride（变成网格单位），之后没有把框的宽高换回像素
import torch


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    p = pred.reshape(B, A, 5 + K, H * W).transpose(2, 3)
    gy, gx = torch.meshgrid(torch.arange(H, dtype=pred.dtype), torch.arange(W, dtype=pred.dtype), indexing="ij")
    grid = torch.stack((gx.reshape(-1), gy.reshape(-1)), -1)
    xy = (torch.sigmoid(p[..., :2]) + grid) * stride
    wh = torch.exp(p[..., 2:4]) * (anchors / stride)[None, :, None, :]
    boxes = torch.cat((xy, wh), -1).reshape(B, A * H * W, 4)
    return boxes, torch.sigmoid(p[..., 4]).reshape(B, -1), torch.sigmoid(p[..., 5:]).reshape(B, A * H * W, K)
