# mistake: takes the top k of the raw heatmap without the 3x3 max-pool peak test, so neighbours of a peak are returned too
# 错误：直接对原始热力图取 top k，没有做 3x3 max-pool 的峰值判断，峰值旁边的点也被返回了
import torch


def centernet_decode(heatmap, k):
    B, K, H, W = heatmap.shape
    scores, idx = torch.topk(heatmap.reshape(B, -1), k)
    pos = idx % (H * W)
    return scores, idx // (H * W), pos // W, pos % W
