# mistake: does not clamp the coefficient at 1, so gradients with a norm below max_norm are scaled up
# 错误：没有把系数截断在 1，范数小于 max_norm 的梯度被放大了
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    total = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads]), norm_type)
    coef = max_norm / (total + 1e-6)
    return [g * coef for g in grads], total
