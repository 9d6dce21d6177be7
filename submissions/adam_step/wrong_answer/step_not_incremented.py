# mistake: bias corrections use the step count before this update (t = step, not step + 1)
# 错误：偏差修正用的是本次更新之前的步数（t = step，而不是 step + 1）
"""Wrong: t is not incremented before the bias corrections (the first step divides by 0)."""
import torch


def adam_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    g = grad + weight_decay * param
    m = b1 * exp_avg + (1 - b1) * g
    v = b2 * exp_avg_sq + (1 - b2) * g * g
    t = step
    m_hat = m / torch.tensor(1 - b1 ** t, dtype=m.dtype)
    v_hat = v / torch.tensor(1 - b2 ** t, dtype=v.dtype)
    return param - lr * m_hat / (torch.sqrt(v_hat) + eps), m, v
