"""Forbidden: the same sparse detour through names built at run time (caught at dispatch)."""
import torch


def pillar_scatter(features, coords, batch_size, grid_size):
    H, W = grid_size
    C = features.shape[1]
    make = getattr(torch, "sparse_" + "coo_tensor")
    sp = make(coords.t(), features, (batch_size, H, W, C))
    dense = getattr(sp, "to_" + "dense")()
    return dense.permute(0, 3, 1, 2).contiguous()
