# mistake: uses torch.sort without stable=True, so tied logits are not ordered by ascending expert index
# 错误：torch.sort 没加 stable=True，logit 相等时不按专家下标升序排列
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: torch.sort without stable=True, whose order among equal logits is not ascending index."""
    values, experts = torch.sort(x @ w_gate, dim=-1, descending=True)
    values, experts = values[:, :k], experts[:, :k]
    return torch.softmax(values, dim=-1), experts
