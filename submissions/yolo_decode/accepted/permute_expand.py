"""Permutes to [B, A, H, W, 5+K] and flattens; per-row grid and anchor columns built with expand."""
import torch


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    s = pred.reshape(B, A, 5 + K, H, W).permute(0, 1, 3, 4, 2).reshape(B, A * H * W, 5 + K)
    ys = torch.arange(H, dtype=pred.dtype).view(1, H, 1).expand(A, H, W).reshape(-1)
    xs = torch.arange(W, dtype=pred.dtype).view(1, 1, W).expand(A, H, W).reshape(-1)
    aw = anchors[:, 0].view(A, 1, 1).expand(A, H, W).reshape(-1)
    ah = anchors[:, 1].view(A, 1, 1).expand(A, H, W).reshape(-1)
    cx = (torch.sigmoid(s[..., 0]) + xs) * stride
    cy = (torch.sigmoid(s[..., 1]) + ys) * stride
    w = torch.exp(s[..., 2]) * aw
    h = torch.exp(s[..., 3]) * ah
    return torch.stack([cx, cy, w, h], -1), torch.sigmoid(s[..., 4]), torch.sigmoid(s[..., 5:])
