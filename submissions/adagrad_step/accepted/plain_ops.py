"""Plain tensor arithmetic: weight decay into the gradient, accumulate g*g, then step."""
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param if weight_decay else grad
    s = state_sum + g * g
    return param - lr * g / (torch.sqrt(s) + eps), s
