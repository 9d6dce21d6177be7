# mistake: warms up with (t + 1) / warmup_steps, reaching base_lr one step early
# 错误：预热用 (t + 1) / warmup_steps，提前一步达到 base_lr
import math


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    out = []
    for t in steps:
        if t < warmup_steps:
            out.append(base_lr * (t + 1) / warmup_steps)
        elif t > total_steps:
            out.append(min_lr)
        else:
            p = (t - warmup_steps) / (total_steps - warmup_steps)
            out.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p)))
    return out
