import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: the tokens of the whole batch penalised in every row."""
    seen = torch.unique(input_ids)
    out = logits.clone()
    cols = out[:, seen]
    out[:, seen] = torch.where(cols < 0, cols * penalty, cols / penalty)
    return out
