# mistake: clips each tensor by its own norm instead of one coefficient from the global norm of all tensors
# 错误：每个张量按自己的范数各自裁剪，而不是用所有张量的全局范数得到一个共同系数
import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    norms = [torch.linalg.vector_norm(g, norm_type) for g in grads]
    total = torch.linalg.vector_norm(torch.stack(norms), norm_type)
    out = [g * torch.clamp(max_norm / (n + 1e-6), max=1.0) for g, n in zip(grads, norms)]
    return out, total
