from torchvision.ops import nms as _library_nms
import torch


def nms(boxes, scores, iou_threshold):
    return _library_nms(torch.as_tensor(boxes), torch.as_tensor(scores), iou_threshold).numpy()
