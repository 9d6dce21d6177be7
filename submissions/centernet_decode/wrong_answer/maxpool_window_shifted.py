# mistake: pads the max-pool input by 2 at the bottom and right only instead of 1 on every side, so each position is compared with the window below-right of it
# 错误：max-pool 前只在下方和右侧各补 2 格，而不是四周各补 1 格，于是每个位置比较的是它右下方的窗口而不是以它为中心的窗口
import torch
import torch.nn.functional as F


def centernet_decode(heatmap, k):
    B, K, H, W = heatmap.shape
    hmax = F.max_pool2d(F.pad(heatmap, (0, 2, 0, 2)), 3, stride=1)  # [B, K, H, W], window (y..y+2, x..x+2)
    peaks = torch.where(hmax == heatmap, heatmap, torch.zeros((), dtype=heatmap.dtype))
    scores, idx = torch.topk(peaks.reshape(B, -1), k)
    pos = idx % (H * W)
    return scores, idx // (H * W), pos // W, pos % W
