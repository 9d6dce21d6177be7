# mistake: cosine progress is (t - warmup_steps) / total_steps instead of / (total_steps - warmup_steps)
# 错误：余弦进度用 (t - warmup_steps) / total_steps，而不是除以 (total_steps - warmup_steps)
import math


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    out = []
    for t in steps:
        if t < warmup_steps:
            out.append(base_lr * t / warmup_steps)
        elif t > total_steps:
            out.append(min_lr)
        else:
            p = (t - warmup_steps) / total_steps
            out.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p)))
    return out
