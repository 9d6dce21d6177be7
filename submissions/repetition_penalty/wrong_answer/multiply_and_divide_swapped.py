import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: positive logits multiplied and negative ones divided (a reward, not a penalty)."""
    score = torch.gather(logits, 1, input_ids)
    score = torch.where(score < 0, score / penalty, score * penalty)
    return logits.scatter(1, input_ids, score)
