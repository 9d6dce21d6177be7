# mistake: uses clip_coef = max_norm / total_norm, without the + 1e-6 in the denominator
# 错误：系数用 max_norm / total_norm，分母没有加 1e-6
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    total = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads]), norm_type)
    coef = torch.clamp(max_norm / total, max=1.0)
    return [g * coef for g in grads], total
