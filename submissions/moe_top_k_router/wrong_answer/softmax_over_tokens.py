import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: softmax over dim 0 (the tokens), not over the experts."""
    probs = torch.softmax(x @ w_gate, dim=0)
    values, order = torch.sort(probs, dim=-1, descending=True, stable=True)
    top = values[:, :k]
    return top / top.sum(dim=-1, keepdim=True), order[:, :k]
