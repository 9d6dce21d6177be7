# mistake: penalises the tokens seen anywhere in the batch in every row instead of each row's own history
# 错误：把整个 batch 中出现过的 token 在每一行都惩罚，而不是只惩罚各行自己历史中的 token
import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: the tokens of the whole batch penalised in every row."""
    seen = torch.unique(input_ids)
    out = logits.clone()
    cols = out[:, seen]
    out[:, seen] = torch.where(cols < 0, cols * penalty, cols / penalty)
    return out
