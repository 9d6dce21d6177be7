import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: exp() of raw logits overflows (inf / inf = nan) for large logits."""
    logits = x @ w_gate
    values, order = torch.sort(logits, dim=-1, descending=True, stable=True)
    e = torch.exp(values[:, :k])
    return e / e.sum(dim=-1, keepdim=True), order[:, :k]
