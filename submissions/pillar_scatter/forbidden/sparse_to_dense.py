"""Forbidden: a sparse COO tensor indexed by (batch, y, x) made dense does the scatter."""
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    H, W = grid_size
    C = features.shape[1]
    sp = torch.sparse_coo_tensor(coords.t(), features, (batch_size, H, W, C))
    return sp.to_dense().permute(0, 3, 1, 2).contiguous()
