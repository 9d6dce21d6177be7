# mistake: takes the total norm as the sum of the per-tensor norms instead of the norm of all entries together
# 错误：把各个张量范数之和当作总范数，而不是所有元素合在一起的范数
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    total = sum(torch.linalg.vector_norm(g, norm_type) for g in grads)
    coef = torch.clamp(max_norm / (total + 1e-6), max=1.0)
    return [g * coef for g in grads], total
