import torch


def top_p_filter(logits, p):
    """Nucleus filter: keep the shortest prefix of the sorted probabilities whose mass reaches p."""
    sorted_logits, order = torch.sort(logits, dim=-1, descending=True)
    probs = torch.softmax(sorted_logits, dim=-1)
    mass_before = torch.cumsum(probs, dim=-1) - probs  # mass of the tokens ranked above
    remove_sorted = mass_before >= p
    remove_sorted[..., 0] = False  # the top token always stays
    remove = remove_sorted.scatter(-1, order, remove_sorted)  # back to vocabulary order
    return logits.masked_fill(remove, float("-inf"))
