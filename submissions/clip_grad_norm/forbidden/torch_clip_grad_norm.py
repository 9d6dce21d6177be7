"""Wraps the gradients as .grad of parameters and calls torch.nn.utils.clip_grad_norm_."""
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    params = []
    for g in grads:
        p = torch.nn.Parameter(torch.zeros_like(g))
        p.grad = g.clone()
        params.append(p)
    total = torch.nn.utils.clip_grad_norm_(params, max_norm, norm_type)
    return [p.grad for p in params], total
