import torch


def moe_top_k_router(x, w_gate, k):
    """Softmax over all experts by hand, pick the top k, renormalise."""
    logits = torch.einsum("td,de->te", x, w_gate)
    z = logits - logits.max(dim=-1, keepdim=True).values
    p = torch.exp(z)
    p = p / p.sum(dim=-1, keepdim=True)
    order = torch.argsort(p, dim=-1, descending=True, stable=True)[:, :k]
    top = torch.gather(p, 1, order)
    return top / top.sum(dim=-1, keepdim=True), order
