"""Calls torchvision.ops.box_iou (forbidden), patching NaN to 0."""
import numpy as np
import torch
import torchvision


def box_iou(boxes1, boxes2):
    out = torchvision.ops.box_iou(torch.from_numpy(np.ascontiguousarray(boxes1)),
                                  torch.from_numpy(np.ascontiguousarray(boxes2)))
    return torch.nan_to_num(out, nan=0.0).numpy()
