# mistake: clamps the target to [lo, hi] as well, instead of clamping the prediction only
# 错误：把目标值也截断到 [lo, hi]，而不是只截断预测值
import torch


def clamped_l1_loss(pred, target, lo, hi):
    return (pred.clamp(lo, hi) - target.clamp(lo, hi)).abs().mean()
