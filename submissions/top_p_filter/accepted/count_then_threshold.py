import torch


def top_p_filter(logits, p):
    """A second style: count how many sorted tokens are needed per row, then keep the first that many
    positions of the sort order (ties broken by the sort, so exactly that many tokens)."""
    probs = torch.softmax(logits.double(), dim=-1)
    sorted_probs, order = probs.sort(dim=-1, descending=True)
    cum = sorted_probs.cumsum(dim=-1)
    n_keep = (cum < p).sum(dim=-1, keepdim=True) + 1  # tokens strictly below p, plus the crossing one
    n_keep = n_keep.clamp(max=logits.shape[-1])
    ranks = torch.arange(logits.shape[-1]).expand_as(order)
    keep_sorted = ranks < n_keep
    keep = torch.zeros_like(keep_sorted)
    keep.scatter_(-1, order, keep_sorted)
    out = torch.full_like(logits, float("-inf"))
    out[keep] = logits[keep]
    return out
