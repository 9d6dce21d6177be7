"""Concatenates all gradients into one vector for the norm, then one scale factor as a float."""
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    flat = torch.cat([g.reshape(-1) for g in grads])
    if norm_type == float("inf"):
        total = flat.abs().max()
    else:
        total = flat.pow(2).sum().sqrt()
    coef = min(1.0, max_norm / (total.item() + 1e-6))
    return [g * coef for g in grads], total
