# mistake: decodes the position index with H instead of W (y = pos // H, x = pos % H), wrong whenever H != W
# 错误：用 H 而不是 W 还原位置下标（y = pos // H，x = pos % H），只要 H != W 就错
import torch
import torch.nn.functional as F


def centernet_decode(heatmap, k):
    B, K, H, W = heatmap.shape
    hmax = F.max_pool2d(heatmap, 3, stride=1, padding=1)
    peaks = torch.where(hmax == heatmap, heatmap, torch.zeros((), dtype=heatmap.dtype))
    scores, idx = torch.topk(peaks.reshape(B, -1), k)
    pos = idx % (H * W)
    return scores, idx // (H * W), pos // H, pos % H
