# mistake: clamps the difference pred - target to [lo, hi] instead of clamping the prediction
# 错误：把差值 pred - target 截断到 [lo, hi]，而不是截断预测值
import torch


def clamped_l1_loss(pred, target, lo, hi):
    return (pred - target).clamp(lo, hi).abs().mean()
