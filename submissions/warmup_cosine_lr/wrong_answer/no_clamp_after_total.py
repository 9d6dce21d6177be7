# mistake: keeps the cosine running past total_steps, so the rate climbs back up instead of staying at min_lr
# 错误：超过 total_steps 后余弦继续走，学习率又升回去，而不是保持 min_lr
import math


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    out = []
    for t in steps:
        if t < warmup_steps:
            out.append(base_lr * t / warmup_steps)
        else:
            p = (t - warmup_steps) / (total_steps - warmup_steps)
            out.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p)))
    return out
