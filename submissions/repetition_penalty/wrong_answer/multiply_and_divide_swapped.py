# mistake: multiplies positive logits and divides negative ones by the penalty (swapped; a reward, not a penalty)
# 错误：正 logit 乘以 penalty、负 logit 除以 penalty（方向反了，成了奖励而不是惩罚）
import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: positive logits multiplied and negative ones divided (a reward, not a penalty)."""
    score = torch.gather(logits, 1, input_ids)
    score = torch.where(score < 0, score / penalty, score * penalty)
    return logits.scatter(1, input_ids, score)
