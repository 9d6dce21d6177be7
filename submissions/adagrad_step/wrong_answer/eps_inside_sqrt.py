# mistake: divides by sqrt(state_sum + eps) instead of sqrt(state_sum) + eps
# 错误：分母用 sqrt(state_sum + eps)，而不是 sqrt(state_sum) + eps
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    s = state_sum + g * g
    return param - lr * g / torch.sqrt(s + eps), s
