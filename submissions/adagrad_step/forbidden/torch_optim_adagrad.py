"""Runs torch.optim.Adagrad on a copy whose state is set to the given accumulator."""
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    p = torch.nn.Parameter(param.clone())
    opt = torch.optim.Adagrad([p], lr=lr, weight_decay=weight_decay, eps=eps)
    opt.state[p]["sum"].copy_(state_sum)
    p.grad = grad.clone()
    opt.step()
    return p.detach(), opt.state[p]["sum"].clone()
