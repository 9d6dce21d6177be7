import torch


def moe_top_k_router(x, w_gate, k):
    """Top-k routing: softmax over the k best logits (= softmax over all, top-k, renormalise)."""
    logits = x @ w_gate  # [T, E]
    # a stable descending sort puts tied experts in ascending index order
    values, order = torch.sort(logits, dim=-1, descending=True, stable=True)
    top = values[:, :k]
    weights = torch.softmax(top, dim=-1)
    return weights, order[:, :k]
