# mistake: sums the absolute errors instead of averaging them over all elements
# 错误：对绝对误差求和，而不是对所有元素取平均
import torch


def clamped_l1_loss(pred, target, lo, hi):
    return (pred.clamp(lo, hi) - target).abs().sum()
