"""PyTorch-style in-place kernels (addcmul_, addcdiv_) applied to clones of the inputs."""
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    p = param.clone()
    s = state_sum.clone()
    g = grad.add(p, alpha=weight_decay) if weight_decay != 0 else grad
    s.addcmul_(g, g, value=1.0)
    std = s.sqrt().add_(eps)
    p.addcdiv_(g, std, value=-lr)
    return p, s
