import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: the top-k softmax probabilities are returned as they are (no renormalisation)."""
    probs = torch.softmax(x @ w_gate, dim=-1)
    values, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    return values[:, :k], order[:, :k]
