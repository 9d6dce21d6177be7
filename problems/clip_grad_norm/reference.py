import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    """As torch.nn.utils.clip_grad_norm_: norm of the per-tensor norms, coefficient clamped to 1."""
    norm_type = float(norm_type)
    norms = torch.stack([torch.linalg.vector_norm(g, norm_type) for g in grads])
    total_norm = torch.linalg.vector_norm(norms, norm_type)
    coef = torch.clamp(max_norm / (total_norm + 1e-6), max=1.0)
    return [g * coef for g in grads], total_norm
