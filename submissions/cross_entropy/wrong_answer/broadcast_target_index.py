# mistake: indexes log_probs[:, targets], picking every target for every row ([N, N]) instead of one per row
# 错误：用 log_probs[:, targets] 取值，每行都取了所有 target（得到 [N, N]），而不是每行取自己的 target
import numpy as np


def cross_entropy(logits, targets):
    """Classic mistake: log_probs[:, targets] picks every target for every row ([N, N])."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[:, targets].mean())
