"""Forbidden: builds a normalised sampling grid and calls torch.nn.functional.grid_sample."""
import numpy as np
import torch


def warp_perspective(src, M, out_size):
    Ho, Wo = out_size
    H, W = src.shape[-2:]
    ys, xs = np.mgrid[0:Ho, 0:Wo].astype(np.float64)
    q = np.einsum("ij,jhw->ihw", np.linalg.inv(M), np.stack([xs, ys, np.ones_like(xs)]))
    gx = 2 * (q[0] / q[2]) / max(W - 1, 1) - 1
    gy = 2 * (q[1] / q[2]) / max(H - 1, 1) - 1
    grid = torch.from_numpy(np.stack([gx, gy], -1)[None])
    s = torch.from_numpy(np.ascontiguousarray(src, dtype=np.float64)).reshape(1, -1, H, W)
    out = torch.nn.functional.grid_sample(s, grid, mode="bilinear", padding_mode="zeros", align_corners=True)
    return out.numpy().reshape(src.shape[:-2] + (Ho, Wo)).astype(src.dtype)
