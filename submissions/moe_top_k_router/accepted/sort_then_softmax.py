import torch


def moe_top_k_router(x, w_gate, k):
    logits = x @ w_gate
    values, order = torch.sort(logits, dim=-1, descending=True, stable=True)
    return torch.softmax(values[:, :k], dim=-1), order[:, :k]
