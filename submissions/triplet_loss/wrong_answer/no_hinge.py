# mistake: drops the hinge max(0, .): triplets that already satisfy the margin give negative losses
# 错误：漏掉了合页 max(0, .)：已满足 margin 的三元组贡献了负的损失
import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    d_ap = torch.linalg.vector_norm(anchor - positive + 1e-6, dim=-1)
    d_an = torch.linalg.vector_norm(anchor - negative + 1e-6, dim=-1)
    return (d_ap - d_an + margin).mean()
