# mistake: no bias correction (uses m and v directly instead of m / (1 - beta1^t) and v / (1 - beta2^t))
# 错误：没有做偏差修正（直接用 m 和 v，而不是 m / (1 - beta1^t) 与 v / (1 - beta2^t)）
"""Wrong: param -= lr * m / (sqrt(v) + eps) without the bias corrections."""
import torch


def adam_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    g = grad + weight_decay * param
    m = b1 * exp_avg + (1 - b1) * g
    v = b2 * exp_avg_sq + (1 - b2) * g * g
    return param - lr * m / (torch.sqrt(v) + eps), m, v
