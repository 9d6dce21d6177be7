import torch


def repetition_penalty(logits, input_ids, penalty):
    """A second style: a [B, V] mask of the tokens each row has seen, then one where() over it."""
    seen = torch.zeros(logits.shape, dtype=torch.bool).scatter_(1, input_ids, True)
    penalised = torch.where(logits < 0, logits * penalty, logits / penalty)
    return torch.where(seen, penalised, logits)
