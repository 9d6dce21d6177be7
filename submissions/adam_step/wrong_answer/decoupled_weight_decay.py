# mistake: applies weight decay decoupled, as AdamW (param *= 1 - lr * wd), instead of adding wd * param to the gradient
# 错误：按 AdamW 的方式解耦权重衰减（param *= 1 - lr * wd），而不是把 wd * param 加到梯度上
"""Wrong: AdamW's decoupled weight decay; torch.optim.Adam's weight_decay is L2 in the gradient."""
import torch


def adam_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    param = param * (1 - lr * weight_decay)
    m = b1 * exp_avg + (1 - b1) * grad
    v = b2 * exp_avg_sq + (1 - b2) * grad * grad
    t = step + 1
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return param - lr * m_hat / (torch.sqrt(v_hat) + eps), m, v
