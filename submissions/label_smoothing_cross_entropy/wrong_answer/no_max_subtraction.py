# mistake: takes log(softmax) as exp(x) / sum(exp(x)) without subtracting the row max: overflows for large logits
# 错误：直接用 exp(x) / sum(exp(x)) 计算 log(softmax)，没有减去行最大值：logits 大时溢出
import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    e = torch.exp(logits)
    logp = torch.log(e / e.sum(dim=1, keepdim=True))
    nll = -logp.gather(1, targets.unsqueeze(1)).squeeze(1)
    return ((1 - smoothing) * nll - smoothing * logp.mean(dim=1)).mean()
