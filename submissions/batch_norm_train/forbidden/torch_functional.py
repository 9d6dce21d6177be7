"""Hands the work to torch.nn.functional.batch_norm with training=True (it updates the running stats in place)."""
import numpy as np
import torch
import torch.nn.functional as F


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    t = lambda a: torch.from_numpy(np.array(a))  # noqa: E731  (copies: the inputs stay as they are)
    rm, rv = t(running_mean), t(running_var)
    y = F.batch_norm(t(x), rm, rv, t(gamma), t(beta), training=True, momentum=momentum, eps=eps)
    return y.numpy(), rm.numpy(), rv.numpy()
