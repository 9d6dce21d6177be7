"""Forbidden: calls torch.optim's functional form of RMSprop."""
import torch
from torch.optim.rmsprop import rmsprop


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    p, sq = param.clone(), square_avg.clone()
    rmsprop([p], [grad.clone()], [sq], [], [], [torch.tensor(0.0)], foreach=False,
            lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=0.0,
            centered=False)
    return p, sq
