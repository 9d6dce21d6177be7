"""Hands the work to torch.nn.functional.batch_norm with training=False."""
import numpy as np
import torch
import torch.nn.functional as F


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a))  # noqa: E731
    out = F.batch_norm(t(x), t(running_mean), t(running_var), t(gamma), t(beta), training=False, eps=eps)
    return out.numpy()
