# mistake: applies the decay to the already updated parameter ((param - step) * (1 - lr * wd)) instead of before the Adam step
# 错误：在 Adam 更新之后才衰减参数（(param - step) * (1 - lr * wd)），应在更新之前衰减
"""Wrong: decays after the Adam update, so the update itself is decayed too (off by lr * wd * step)."""
import torch


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    t = step + 1
    m = b1 * exp_avg + (1 - b1) * grad
    v = b2 * exp_avg_sq + (1 - b2) * grad * grad
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    updated = param - lr * m_hat / (torch.sqrt(v_hat) + eps)
    return updated * (1 - lr * weight_decay), m, v
