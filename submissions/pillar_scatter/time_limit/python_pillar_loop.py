"""Correct, but a Python loop over the pillars, one [C] write each."""
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    H, W = grid_size
    canvas = torch.zeros(batch_size, features.shape[1], H, W, dtype=features.dtype)
    for i, (b, y, x) in enumerate(coords.tolist()):
        canvas[b, :, y, x] = features[i]
    return canvas
