import torch


def repetition_penalty(logits, input_ids, penalty):
    """CTRL penalty: seen tokens get logit * penalty if negative, logit / penalty otherwise."""
    score = torch.gather(logits, 1, input_ids)
    score = torch.where(score < 0, score * penalty, score / penalty)
    # a token seen twice is written twice with the same value: penalised once
    return logits.scatter(1, input_ids, score)
