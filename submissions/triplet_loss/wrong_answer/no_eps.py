# mistake: leaves out the eps = 1e-6 that PyTorch adds to the difference inside the norm
# 错误：漏掉了 PyTorch 在范数内部加到差值上的 eps = 1e-6
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    d_ap = torch.linalg.vector_norm(anchor - positive, dim=-1)
    d_an = torch.linalg.vector_norm(anchor - negative, dim=-1)
    return torch.relu(d_ap - d_an + margin).mean()
