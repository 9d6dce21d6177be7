"""The true-class term through torch.ops.aten.nll_loss_nd (refused at dispatch)."""
import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    logp = torch.log_softmax(logits, dim=1)
    nll = torch.ops.aten.nll_loss_nd(logp, targets, None, 1, -100)
    return (1 - smoothing) * nll - smoothing * logp.mean(dim=1).mean()
