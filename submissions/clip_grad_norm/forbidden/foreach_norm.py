"""Per-tensor norms through the fused torch._foreach_norm kernel."""
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    norms = torch._foreach_norm(grads, norm_type)
    total = torch.linalg.vector_norm(torch.stack(norms), norm_type)
    coef = torch.clamp(max_norm / (total + 1e-6), max=1.0)
    return [g * coef for g in grads], total
