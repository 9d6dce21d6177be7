import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: the penalty applied once for every occurrence in the history."""
    out = logits.clone()
    for b in range(input_ids.shape[0]):
        counts = torch.bincount(input_ids[b], minlength=logits.shape[1]).to(logits.dtype)
        factor = penalty ** counts
        out[b] = torch.where(out[b] < 0, out[b] * factor, out[b] / factor)
    return out
