import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: torch.sort without stable=True, whose order among equal logits is not ascending index."""
    values, experts = torch.sort(x @ w_gate, dim=-1, descending=True)
    values, experts = values[:, :k], experts[:, :k]
    return torch.softmax(values, dim=-1), experts
