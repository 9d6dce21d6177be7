"""PointPillars' PointPillarsScatter: a loop over the batch, each sample's pillars written as columns of a [C, H*W] canvas."""
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    H, W = grid_size
    C = features.shape[1]
    out = []
    for b in range(batch_size):
        mask = coords[:, 0] == b
        c = coords[mask]
        canvas = torch.zeros(C, H * W, dtype=features.dtype)
        canvas[:, c[:, 1] * W + c[:, 2]] = features[mask].t()
        out.append(canvas)
    return torch.stack(out).view(batch_size, C, H, W)
