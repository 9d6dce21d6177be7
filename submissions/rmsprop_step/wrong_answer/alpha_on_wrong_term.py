# mistake: swaps the weights of the moving average (square_avg = (1 - alpha) * square_avg + alpha * grad^2)
# 错误：滑动平均的权重放反了（square_avg = (1 - alpha) * square_avg + alpha * grad^2）
"""Wrong: alpha weighs the new squared gradient and (1 - alpha) the old average."""
import torch


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    v = (1 - alpha) * square_avg + alpha * g * g
    return param - lr * g / (torch.sqrt(v) + eps), v
