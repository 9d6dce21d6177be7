"""A plain for loop with a helper per step, math.cos, returns a list of floats."""
import math


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    def lr_at(t):
        if t < warmup_steps:
            return base_lr * t / warmup_steps
        if t > total_steps:
            return min_lr
        progress = (t - warmup_steps) / (total_steps - warmup_steps)
        return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))

    out = []
    for t in steps:
        out.append(lr_at(t))
    return out
