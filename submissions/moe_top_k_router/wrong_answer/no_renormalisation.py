# mistake: returns the top-k full-softmax probabilities without renormalising them to sum to 1
# 错误：直接返回全体 softmax 中 top-k 的概率，没有重新归一化使其和为 1
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: the top-k softmax probabilities are returned as they are (no renormalisation)."""
    probs = torch.softmax(x @ w_gate, dim=-1)
    values, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    return values[:, :k], order[:, :k]
