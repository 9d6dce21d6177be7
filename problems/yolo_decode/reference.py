import torch


def yolo_decode(pred, anchors, stride):
    """Sigmoid over the head in its own layout, boxes as [B, A, 4, H*W], then one transpose-copy each."""
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    p = pred.reshape(B, A, 5 + K, H * W)
    sig = torch.sigmoid(p)
    gy, gx = torch.meshgrid(torch.arange(H, dtype=pred.dtype), torch.arange(W, dtype=pred.dtype), indexing="ij")
    grid = torch.stack((gx.reshape(-1), gy.reshape(-1)), 0)  # [2, H*W]: (x, y) of each cell, row-major
    xy = (sig[:, :, 0:2] + grid) * stride
    wh = torch.exp(p[:, :, 2:4]) * anchors[None, :, :, None]
    boxes = torch.cat((xy, wh), 2).transpose(2, 3).reshape(B, A * H * W, 4)
    obj = sig[:, :, 4].reshape(B, A * H * W)
    cls = sig[:, :, 5:].transpose(2, 3).reshape(B, A * H * W, K)
    return boxes, obj, cls
