"""Correct: the textbook form with plain tensor arithmetic, on new tensors."""
import torch


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    v = alpha * square_avg + (1 - alpha) * g ** 2
    return param - lr * g / (torch.sqrt(v) + eps), v
