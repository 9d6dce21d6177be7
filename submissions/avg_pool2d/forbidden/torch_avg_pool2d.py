"""Calls torch.nn.functional.avg_pool2d (forbidden)."""
import numpy as np
import torch


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    return torch.nn.functional.avg_pool2d(torch.from_numpy(np.ascontiguousarray(x)), kernel_size, stride,
                                          padding, count_include_pad=count_include_pad).numpy()
