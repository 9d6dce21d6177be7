# mistake: ignores the batch index: every pillar is written into batch 0, the other batches stay zero
# 错误：忽略了 batch 下标：所有 pillar 都写进第 0 个样本，其余样本全为 0
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    """Classic mistake: one canvas for the whole batch."""
    H, W = grid_size
    C = features.shape[1]
    canvas = torch.zeros(batch_size, C, H * W, dtype=features.dtype)
    canvas[0][:, coords[:, 1] * W + coords[:, 2]] = features.t()
    return canvas.view(batch_size, C, H, W)
