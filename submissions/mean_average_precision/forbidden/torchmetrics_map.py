"""Uses torchmetrics' MeanAveragePrecision (forbidden here)."""
import numpy as np
import torch
from torchmetrics.detection import MeanAveragePrecision


def mean_average_precision(det_boxes, det_scores, det_labels, gt_boxes, gt_labels, num_classes,
                           iou_threshold=0.5):
    metric = MeanAveragePrecision(iou_thresholds=[iou_threshold], class_metrics=True)
    preds = [dict(boxes=torch.as_tensor(b), scores=torch.as_tensor(s), labels=torch.as_tensor(l))
             for b, s, l in zip(det_boxes, det_scores, det_labels)]
    target = [dict(boxes=torch.as_tensor(b), labels=torch.as_tensor(l)) for b, l in zip(gt_boxes, gt_labels)]
    metric.update(preds, target)
    res = metric.compute()
    ap = np.full(num_classes, np.nan)
    ap[res["classes"].numpy()] = res["map_per_class"].numpy()
    return ap, float(res["map"])
