"""Calls torch.nn.functional.cross_entropy with label_smoothing (forbidden)."""
import torch.nn.functional as F


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    return F.cross_entropy(logits, targets, label_smoothing=smoothing)
