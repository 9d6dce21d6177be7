# mistake: divides every seen logit by the penalty, so negative logits go up; negatives should be multiplied
# 错误：把所有出现过的 token 的 logit 都除以 penalty，负 logit 反而变大；负值应乘以 penalty
import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: every seen logit divided by the penalty, so negative ones go UP."""
    score = torch.gather(logits, 1, input_ids) / penalty
    return logits.scatter(1, input_ids, score)
