"""Sigmoid over the whole head first, then a [A, H, W, 2] pixel grid (x * stride) and pixel anchors added."""
import torch


def yolo_decode(pred, anchors, stride):
    B, C, H, W = pred.shape
    A = anchors.shape[0]
    K = C // A - 5
    p = pred.view(B, A, 5 + K, H, W) if pred.is_contiguous() else pred.reshape(B, A, 5 + K, H, W)
    p = p.permute(0, 1, 3, 4, 2)  # [B, A, H, W, 5+K]
    sig = 1.0 / (1.0 + torch.exp(-p))
    ys, xs = torch.meshgrid(torch.arange(H), torch.arange(W), indexing="ij")
    offset = torch.stack((xs, ys), -1).to(pred.dtype) * stride  # [H, W, 2]
    centre = sig[..., 0:2] * stride + offset
    size = torch.exp(p[..., 2:4]) * anchors.view(1, A, 1, 1, 2)
    boxes = torch.cat((centre, size), -1).reshape(B, -1, 4)
    return boxes, sig[..., 4].reshape(B, -1), sig[..., 5:].reshape(B, -1, K)
