"""Poses the constants as running statistics of an eval-mode batch norm (eps = 0, var = std^2)."""
import torch
import torch.nn.functional as F


def normalize_image(x, mean, std):
    m = torch.tensor(mean, dtype=x.dtype)
    v = torch.tensor(std, dtype=x.dtype) ** 2
    xb = x if x.dim() == 4 else x.unsqueeze(0)
    out = F.batch_norm(xb, m, v, training=False, eps=0.0)
    return out if x.dim() == 4 else out.squeeze(0)
