"""Calls torch.sigmoid on a tensor view of the input."""
import numpy as np
import torch


def sigmoid(x):
    return torch.sigmoid(torch.from_numpy(np.ascontiguousarray(x))).numpy()
