import torch
import torchvision


def nms(boxes, scores, iou_threshold):
    return torchvision.ops.nms(torch.from_numpy(boxes), torch.from_numpy(scores), iou_threshold).numpy()
