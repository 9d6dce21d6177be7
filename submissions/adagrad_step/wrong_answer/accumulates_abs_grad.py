# mistake: accumulates |grad| instead of grad^2 in state_sum
# 错误：state_sum 累加的是 |grad|，而不是 grad^2
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    s = state_sum + g.abs()
    return param - lr * g / (torch.sqrt(s) + eps), s
