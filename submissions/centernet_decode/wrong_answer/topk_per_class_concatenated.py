# mistake: takes the top k of each class separately and keeps the first k of their concatenation (class 0 first) instead of the top k over all classes
# 错误：每个类别分别取 top k，再把结果拼起来取前 k 个（类别 0 排在最前），而不是在所有类别上一起取 top k
import torch
import torch.nn.functional as F


def centernet_decode(heatmap, k):
    B, K, H, W = heatmap.shape
    hmax = F.max_pool2d(heatmap, 3, stride=1, padding=1)
    heat = torch.where(hmax == heatmap, heatmap, torch.zeros((), dtype=heatmap.dtype)).reshape(B, K, H * W)
    kk = min(k, H * W)
    scores, pos = torch.topk(heat, kk)  # [B, K, kk]
    classes = torch.arange(K).view(1, K, 1).expand(B, K, kk)
    scores, pos, classes = (t.reshape(B, K * kk)[:, :k] for t in (scores, pos, classes))
    return scores, classes, pos // W, pos % W
