# mistake: the cosine decays to 0 instead of to min_lr
# 错误：余弦衰减到 0，而不是衰减到 min_lr
import math


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    out = []
    for t in steps:
        if t < warmup_steps:
            out.append(base_lr * t / warmup_steps)
        else:
            p = min(1.0, (t - warmup_steps) / (total_steps - warmup_steps))
            out.append(0.5 * base_lr * (1 + math.cos(math.pi * p)))
    return out
