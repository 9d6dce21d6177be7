"""Correct: updates the given tensors in place as torch.optim.SGD does (mul_/add_) and returns
them; the judge only looks at the returned values."""
import torch


@torch.no_grad()
def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    if weight_decay != 0:
        grad = grad.add(param, alpha=weight_decay)
    if momentum_buffer is None:
        momentum_buffer = grad.clone()
    else:
        momentum_buffer.mul_(momentum).add_(grad, alpha=1 - dampening)
    if nesterov:
        grad = grad.add(momentum_buffer, alpha=momentum)
    else:
        grad = momentum_buffer
    param.add_(grad, alpha=-lr)
    return param, momentum_buffer
