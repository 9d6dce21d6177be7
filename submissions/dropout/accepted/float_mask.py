"""Mask as a float tensor in x's dtype, divided by the keep probability; p = 1 special-cased."""
import torch


def dropout(x, p, training, generator):
    if not training:
        return x
    keep_prob = 1.0 - p
    mask = (torch.rand(x.size(), generator=generator) >= p).to(x.dtype)
    if keep_prob == 0.0:
        return x * 0.0
    return x * mask / keep_prob
