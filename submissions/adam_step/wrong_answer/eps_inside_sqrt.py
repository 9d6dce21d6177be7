# mistake: adds eps inside the square root, sqrt(v_hat + eps), instead of sqrt(v_hat) + eps
# 错误：eps 加在平方根里面 sqrt(v_hat + eps)，而不是 sqrt(v_hat) + eps
"""Wrong: the denominator is sqrt(v_hat + eps)."""
import torch


def adam_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    g = grad + weight_decay * param
    m = b1 * exp_avg + (1 - b1) * g
    v = b2 * exp_avg_sq + (1 - b2) * g * g
    t = step + 1
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return param - lr * m_hat / torch.sqrt(v_hat + eps), m, v
