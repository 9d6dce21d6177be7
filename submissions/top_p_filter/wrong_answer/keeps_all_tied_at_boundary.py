# mistake: keeps every token at least as probable as the crossing token, so all tokens tied with it survive
# 错误：保留所有概率不低于越界 token 的 token，与之并列的 token 全部保留，而不是最短的集合
import torch


def top_p_filter(logits, p):
    """Mistake: keeps every token at least as probable as the crossing token, so all tokens tied
    with it survive (a longer set than the shortest one)."""
    probs = torch.softmax(logits, dim=-1)
    sorted_probs, _ = torch.sort(probs, descending=True)
    before = torch.cumsum(sorted_probs, dim=-1) - sorted_probs
    n_keep = (before < p).sum(dim=-1, keepdim=True)
    threshold = sorted_probs.gather(-1, n_keep - 1)
    return logits.masked_fill(probs < threshold, float("-inf"))
