import numpy as np


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    """Inference BatchNorm: per-channel scale and shift, broadcast on axis 1."""
    shape = (1, -1) + (1,) * (x.ndim - 2)
    scale = (gamma / np.sqrt(running_var + eps)).reshape(shape)
    return (x - running_mean.reshape(shape)) * scale + beta.reshape(shape)
