"""Sum of per-tensor squared norms; scales the given tensors in place, like clip_grad_norm_."""
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    if norm_type == float("inf"):
        total = torch.stack([g.detach().abs().max() for g in grads]).max()
    else:
        total = torch.sqrt(sum((g * g).sum() for g in grads))
    coef = max_norm / (total + 1e-6)
    if coef < 1.0:
        for g in grads:
            g.mul_(coef)
    return grads, total
