# mistake: spreads smoothing/(C-1) over the other classes only, instead of smoothing/C over all classes (true one included)
# 错误：只把 smoothing/(C-1) 分给其他类别，而不是把 smoothing/C 分给所有类别（包括真实类别）
import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    n, c = logits.shape
    logp = torch.log_softmax(logits, dim=1)
    q = torch.full_like(logits, smoothing / (c - 1) if c > 1 else 0.0)
    q[torch.arange(n), targets] = 1.0 - smoothing
    return -(q * logp).sum(dim=1).mean()
