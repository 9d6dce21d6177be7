import math


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """Linear warmup from 0, then half a cosine from base_lr to min_lr, then min_lr; one float per step."""
    w = warmup_steps
    span = total_steps - w
    amp = 0.5 * (base_lr - min_lr)
    k = math.pi / span
    cos = math.cos
    out = [base_lr * t / w if t < w else (min_lr + amp * (1.0 + cos(k * (t - w))) if t < total_steps else min_lr)
           for t in steps]
    return out
