# mistake: decays the parameter by weight_decay alone (param *= 1 - wd) instead of 1 - lr * wd
# 错误：参数衰减没有乘学习率（param *= 1 - wd），应为 1 - lr * wd
"""Wrong: the decoupled decay is not scaled by lr."""
import torch


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    t = step + 1
    m = b1 * exp_avg + (1 - b1) * grad
    v = b2 * exp_avg_sq + (1 - b2) * grad * grad
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return param * (1 - weight_decay) - lr * m_hat / (torch.sqrt(v_hat) + eps), m, v
