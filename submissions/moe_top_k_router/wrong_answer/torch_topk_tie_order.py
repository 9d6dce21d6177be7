# mistake: uses torch.topk, whose order among equal logits is not by ascending expert index
# 错误：用 torch.topk 选专家，logit 相等时的顺序不保证按专家下标升序
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: torch.topk, whose order among equal logits is not ascending index."""
    values, experts = torch.topk(x @ w_gate, k, dim=-1)
    return torch.softmax(values, dim=-1), experts
