# mistake: fills a [B, H*W, C] canvas and reshapes it to [B, C, H, W] with view, without moving the channel axis (features written transposed)
# 错误：先填 [B, H*W, C] 的画布，再直接 view 成 [B, C, H, W]，没有把通道维换到前面（特征被转置写入）
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    """Classic mistake: a reshape where a permute is needed."""
    H, W = grid_size
    C = features.shape[1]
    canvas = torch.zeros(batch_size, H * W, C, dtype=features.dtype)
    canvas[coords[:, 0], coords[:, 1] * W + coords[:, 2]] = features
    return canvas.view(batch_size, C, H, W)
