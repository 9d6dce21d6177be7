# mistake: broadcasts the per-channel vectors over the last axis instead of the channel axis 1 for 3-D/4-D input
# 错误：对 3 维/4 维输入，按通道的向量沿最后一维广播，而不是沿通道轴（第 1 轴）
import numpy as np


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    return (x - running_mean) / np.sqrt(running_var + eps) * gamma + beta
