# mistake: swaps the grid offsets (meshgrid indexing mixed up): adds the row y to sigmoid(tx) and the column x to sigmoid(ty)
# 错误：网格偏移弄反了（meshgrid 的 indexing 用错）：把行号 y 加到 sigmoid(tx) 上，把列号 x 加到 sigmoid(ty) 上
import torch


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    p = pred.reshape(B, A, 5 + K, H * W).transpose(2, 3)
    gx, gy = torch.meshgrid(torch.arange(H, dtype=pred.dtype), torch.arange(W, dtype=pred.dtype), indexing="ij")
    grid = torch.stack((gx.reshape(-1), gy.reshape(-1)), -1)
    xy = (torch.sigmoid(p[..., :2]) + grid) * stride
    wh = torch.exp(p[..., 2:4]) * anchors[None, :, None, :]
    boxes = torch.cat((xy, wh), -1).reshape(B, A * H * W, 4)
    return boxes, torch.sigmoid(p[..., 4]).reshape(B, -1), torch.sigmoid(p[..., 5:]).reshape(B, A * H * W, K)
