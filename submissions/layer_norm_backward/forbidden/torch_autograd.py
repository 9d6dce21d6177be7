"""Replays the forward pass in torch and lets autograd compute the gradients."""
import numpy as np
import torch
import torch.nn.functional as F


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    X = torch.from_numpy(np.array(x)).requires_grad_(True)
    w = torch.from_numpy(gamma.copy()).requires_grad_(True)
    b = torch.zeros_like(w, requires_grad=True)
    F.layer_norm(X, (x.shape[-1],), w, b, eps).backward(torch.from_numpy(np.array(dy)))
    return X.grad.numpy(), w.grad.numpy(), b.grad.numpy()
