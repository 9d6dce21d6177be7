# mistake: computes exp(x - (max + log(sum))), rounding at the logits' magnitude, instead of exp((x - max) - log(sum))
# 错误：计算 exp(x - (max + log(sum)))，在 logit 量级上舍入，而不是 exp((x - max) - log(sum))
import numpy as np


def softmax(x, axis=-1):
    """Subtle precision mistake: exp(x - (max + log(sum))).

    In float32 the number ``max + log(sum)`` is rounded at the magnitude of the
    logits (about 1e-3 near 1e4), so every probability is off by up to 0.05%,
    as bad as computing in float16. Subtract the maximum first: (x - max) - log(sum).
    """
    m = x.max(axis=axis, keepdims=True)
    lse = m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))
    return np.exp(x - lse)
