# mistake: picks experts with torch.argsort (unstable by default), so tied logits come in arbitrary order
# 错误：用默认不稳定的 torch.argsort 选专家，logit 相等时顺序不确定，而不是下标小的优先
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: torch.argsort (not stable by default), so equal logits come in any order."""
    logits = x @ w_gate
    experts = torch.argsort(logits, dim=-1, descending=True)[:, :k]
    return torch.softmax(torch.gather(logits, 1, experts), dim=-1), experts
