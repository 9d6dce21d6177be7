# mistake: adds weight_decay * param to the step after the square average (it must be added to the gradient first)
# 错误：权重衰减加在平方滑动平均之后（应先加到梯度上，再进入 square_avg）
"""Wrong: square_avg is built from the raw gradient; the decay only joins the numerator."""
import torch


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    v = alpha * square_avg + (1 - alpha) * grad * grad
    g = grad + weight_decay * param
    return param - lr * g / (torch.sqrt(v) + eps), v
