# mistake: smooths the logits, (1 - smoothing) * logits + smoothing / C, then takes the plain cross-entropy, instead of smoothing the targets
# 错误：对 logits 做平滑（(1 - smoothing) * logits + smoothing / C）后再算普通交叉熵，而不是对目标分布做平滑
import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    c = logits.shape[1]
    z = (1 - smoothing) * logits + smoothing / c
    logp = torch.log_softmax(z, dim=1)
    return -logp.gather(1, targets.unsqueeze(1)).mean()
