# mistake: takes the statistics over the batch axis only (one mean per channel and position) instead of over N, H and W
# 错误：只在 batch 轴上求统计量（每个通道、每个位置各一个均值），而不是在 N、H、W 上一起求
import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    shape = [1] * x.ndim
    shape[1] = -1
    n = x.shape[0]
    mu = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    y = (x - mu) / np.sqrt(var + eps) * gamma.reshape(shape) + beta.reshape(shape)
    # the per-position statistics averaged back to one per channel for the running update
    cm = mu.reshape(1, x.shape[1], -1).mean(axis=(0, 2))
    cv = var.reshape(1, x.shape[1], -1).mean(axis=(0, 2))
    new_mean = (1 - momentum) * running_mean + momentum * cm
    new_var = (1 - momentum) * running_var + momentum * cv * n / max(n - 1, 1)
    return y, new_mean, new_var
