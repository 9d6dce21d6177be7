import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    """One flat index per pillar, one row write into a [B*H*W, C] canvas, then channels first."""
    H, W = int(grid_size[0]), int(grid_size[1])
    C = features.shape[1]
    flat = (coords[:, 0] * H + coords[:, 1]) * W + coords[:, 2]         # [P] cell of each pillar
    canvas = features.new_zeros(batch_size * H * W, C)
    canvas[flat] = features
    return canvas.view(batch_size, H, W, C).permute(0, 3, 1, 2).contiguous()
