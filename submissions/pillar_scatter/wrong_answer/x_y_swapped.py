# mistake: computes the flat cell index as x * H + y (x and y swapped) instead of y * W + x
# 错误：把格子的展平下标算成 x * H + y（x 与 y 弄反），而不是 y * W + x
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    """Classic mistake: the (y, x) columns of coords read in the wrong order."""
    H, W = grid_size
    C = features.shape[1]
    canvas = torch.zeros(batch_size, C, H * W, dtype=features.dtype)
    canvas[coords[:, 0], :, coords[:, 2] * H + coords[:, 1]] = features
    return canvas.view(batch_size, C, H, W)
