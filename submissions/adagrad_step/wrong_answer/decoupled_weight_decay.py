# mistake: applies weight decay as a separate shrink of param (decoupled, AdamW-style) instead of adding it to the gradient
# 错误：把权重衰减当作对 param 的单独缩小（解耦，AdamW 式），而不是加到梯度上
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    s = state_sum + grad * grad
    new_param = param * (1 - lr * weight_decay) - lr * grad / (torch.sqrt(s) + eps)
    return new_param, s
