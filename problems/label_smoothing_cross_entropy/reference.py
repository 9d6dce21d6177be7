import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    """F.cross_entropy(logits, targets, label_smoothing=smoothing): log_softmax, then the true
    class weighted 1 - smoothing plus smoothing / C spread over every class; mean over rows."""
    logp = torch.log_softmax(logits, dim=-1)
    nll = -logp.gather(1, targets.unsqueeze(1)).squeeze(1)
    uniform = -logp.mean(dim=-1)
    return ((1.0 - smoothing) * nll + smoothing * uniform).mean()
