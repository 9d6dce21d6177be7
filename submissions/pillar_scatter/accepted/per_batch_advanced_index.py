"""Canvas [B, C, H*W]; one advanced-index assignment with the batch and the flat cell (the slice over channels in between)."""
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    H, W = grid_size
    canvas = torch.zeros(batch_size, features.shape[1], H * W, dtype=features.dtype)
    canvas[coords[:, 0], :, coords[:, 1] * W + coords[:, 2]] = features
    return canvas.view(batch_size, features.shape[1], H, W)
