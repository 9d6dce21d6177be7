"""Forbidden: runs one step of torch.optim.SGD itself."""
import torch


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    p = param.clone()
    p.grad = grad.clone()
    opt = torch.optim.SGD([p], lr=lr, momentum=momentum, dampening=dampening, nesterov=nesterov,
                          weight_decay=weight_decay)
    if momentum_buffer is not None:
        opt.state[p]["momentum_buffer"] = momentum_buffer.clone()
    opt.step()
    return p.detach(), opt.state[p]["momentum_buffer"]
