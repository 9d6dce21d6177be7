"""Textbook staged chain rule (as in CS231n): dxhat, then dvar, then dmean, then dx, on rows of a 2-D view."""
import numpy as np


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    shape = x.shape
    D = shape[-1]
    X = x.reshape(-1, D)
    G = dy.reshape(-1, D)
    mu = X.mean(axis=1, keepdims=True)
    xmu = X - mu
    var = (xmu ** 2).mean(axis=1, keepdims=True)
    ivar = 1.0 / np.sqrt(var + eps)
    xhat = xmu * ivar
    dxhat = G * gamma
    dvar = np.sum(dxhat * xmu, axis=1, keepdims=True) * -0.5 * ivar ** 3
    dmu = np.sum(-dxhat * ivar, axis=1, keepdims=True) + dvar * np.mean(-2.0 * xmu, axis=1, keepdims=True)
    dX = dxhat * ivar + dvar * 2.0 * xmu / D + dmu / D
    dgamma = np.sum(G * xhat, axis=0)
    dbeta = np.sum(G, axis=0)
    return dX.reshape(shape), dgamma, dbeta
