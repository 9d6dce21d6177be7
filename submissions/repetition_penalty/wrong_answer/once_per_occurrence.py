# mistake: applies the penalty once per occurrence (penalty ** count) instead of once per distinct seen token
# 错误：每出现一次就惩罚一次（penalty ** 次数），而不是每个出现过的 token 只惩罚一次
import torch


def repetition_penalty(logits, input_ids, penalty):
    """Classic mistake: the penalty applied once for every occurrence in the history."""
    out = logits.clone()
    for b in range(input_ids.shape[0]):
        counts = torch.bincount(input_ids[b], minlength=logits.shape[1]).to(logits.dtype)
        factor = penalty ** counts
        out[b] = torch.where(out[b] < 0, out[b] * factor, out[b] / factor)
    return out
