# mistake: adds weight_decay * param to the gradient (Adam's L2) instead of decaying the parameter directly
# 错误：把 weight_decay * param 加到梯度上（Adam 的 L2 做法），而不是直接衰减参数
"""Wrong: this is torch.optim.Adam with weight decay, not AdamW."""
import torch


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    t = step + 1
    g = grad + weight_decay * param
    m = b1 * exp_avg + (1 - b1) * g
    v = b2 * exp_avg_sq + (1 - b2) * g * g
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return param - lr * m_hat / (torch.sqrt(v_hat) + eps), m, v
