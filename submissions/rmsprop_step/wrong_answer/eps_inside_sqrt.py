# mistake: adds eps inside the square root, sqrt(square_avg + eps), instead of sqrt(square_avg) + eps
# 错误：eps 加在平方根里面 sqrt(square_avg + eps)，而不是 sqrt(square_avg) + eps
"""Wrong: the denominator is sqrt(v + eps)."""
import torch


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    v = alpha * square_avg + (1 - alpha) * g * g
    return param - lr * g / torch.sqrt(v + eps), v
