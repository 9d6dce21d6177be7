"""Forbidden: reaches aten::_fused_adam_ under a name built at run time (caught at dispatch)."""
import torch


def adam_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    p, m, v = param.clone(), exp_avg.clone(), exp_avg_sq.clone()
    steps = [torch.tensor(float(step + 1))]
    fused = getattr(torch, "_fused" + "_adam_")
    fused([p], [grad.clone()], [m], [v], [], steps, lr=lr, beta1=betas[0], beta2=betas[1],
          weight_decay=weight_decay, eps=eps, amsgrad=False, maximize=False)
    return p, m, v
