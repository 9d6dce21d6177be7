# mistake: builds the pseudo-image as [B, C, W, H] (indexed [b, :, x, y]) instead of [B, C, H, W]
# 错误：伪图像建成了 [B, C, W, H]（按 [b, :, x, y] 写入），而不是 [B, C, H, W]
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    """Classic mistake: the grid axes in (x, y) order."""
    H, W = grid_size
    C = features.shape[1]
    canvas = torch.zeros(batch_size, C, W, H, dtype=features.dtype)
    canvas[coords[:, 0], :, coords[:, 2], coords[:, 1]] = features
    return canvas
