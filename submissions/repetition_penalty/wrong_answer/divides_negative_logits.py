import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: every seen logit divided by the penalty, so negative ones go UP."""
    score = torch.gather(logits, 1, input_ids) / penalty
    return logits.scatter(1, input_ids, score)
