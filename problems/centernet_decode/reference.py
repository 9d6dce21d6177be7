import torch
import torch.nn.functional as F


def centernet_decode(heatmap, k):
    """3x3 max-pool peak mask, then one top-k over classes and positions per image."""
    B, K, H, W = heatmap.shape
    hmax = F.max_pool2d(heatmap, 3, stride=1, padding=1)
    peaks = torch.where(hmax == heatmap, heatmap, torch.zeros((), dtype=heatmap.dtype))
    scores, idx = torch.topk(peaks.reshape(B, K * H * W), k)
    classes = idx // (H * W)
    pos = idx % (H * W)
    return scores, classes, pos // W, pos % W
