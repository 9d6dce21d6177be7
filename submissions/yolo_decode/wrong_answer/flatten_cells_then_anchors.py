# mistake: flattens in (y, x, anchor) order (permute to [B, H, W, A, 5+K]) instead of (anchor, y, x)
# 错误：按 (y, x, anchor) 顺序展平（permute 成 [B, H, W, A, 5+K]），而不是 (anchor, y, x)
import torch


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    p = pred.reshape(B, A, 5 + K, H, W).permute(0, 3, 4, 1, 2)  # [B, H, W, A, 5+K]
    gy, gx = torch.meshgrid(torch.arange(H, dtype=pred.dtype), torch.arange(W, dtype=pred.dtype), indexing="ij")
    grid = torch.stack((gx, gy), -1)[:, :, None, :]  # [H, W, 1, 2]
    xy = (torch.sigmoid(p[..., :2]) + grid) * stride
    wh = torch.exp(p[..., 2:4]) * anchors
    boxes = torch.cat((xy, wh), -1).reshape(B, -1, 4)
    return boxes, torch.sigmoid(p[..., 4]).reshape(B, -1), torch.sigmoid(p[..., 5:]).reshape(B, -1, K)
