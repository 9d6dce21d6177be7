"""Calls torch.nn.functional.max_pool2d (forbidden)."""
import numpy as np
import torch


def max_pool2d(x, kernel_size, stride=None, padding=0):
    return torch.nn.functional.max_pool2d(torch.from_numpy(np.ascontiguousarray(x)), kernel_size,
                                          stride, padding).numpy()
