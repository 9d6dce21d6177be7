"""Forbidden: runs one step of torch.optim.RMSprop itself."""
import torch


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    p = param.clone()
    p.grad = grad.clone()
    opt = torch.optim.RMSprop([p], lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay)
    opt.state[p] = {"step": torch.tensor(0.0), "square_avg": square_avg.clone()}
    opt.step()
    return p.detach(), opt.state[p]["square_avg"]
