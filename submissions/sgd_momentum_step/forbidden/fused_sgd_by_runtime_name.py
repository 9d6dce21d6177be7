"""Forbidden: reaches aten::_fused_sgd_ under a name built at run time (caught at dispatch)."""
import torch


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    p, g = param.clone(), grad.clone()
    first = momentum_buffer is None
    buf = torch.zeros_like(param) if first else momentum_buffer.clone()
    fused = getattr(torch, "_fused" + "_sgd_")
    fused([p], [g], [buf], weight_decay=weight_decay, momentum=momentum, lr=lr,
          dampening=dampening, nesterov=nesterov, maximize=False, is_first_step=first)
    return p, buf
