"""The original CenterNet _topk: max-pool NMS, top-k within each class, then top-k of those K*k candidates."""
import torch
import torch.nn.functional as F


def centernet_decode(heatmap, k):
    B, K, H, W = heatmap.shape
    hmax = F.max_pool2d(heatmap, kernel_size=3, stride=1, padding=1)
    heat = heatmap * (hmax == heatmap).to(heatmap.dtype)
    kk = min(k, H * W)
    cls_scores, cls_inds = torch.topk(heat.reshape(B, K, H * W), kk)  # [B, K, kk]
    scores, ind = torch.topk(cls_scores.reshape(B, K * kk), k)
    classes = ind // kk
    pos = cls_inds.reshape(B, K * kk).gather(1, ind)
    return scores, classes, pos // W, pos % W
