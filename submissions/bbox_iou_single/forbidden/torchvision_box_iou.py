"""torchvision does it."""
import torch
from torchvision.ops import box_iou


def bbox_iou(box_a, box_b):
    return float(box_iou(torch.tensor([box_a]), torch.tensor([box_b]))[0, 0])
