"""Correct, but every element is updated by a Python loop over lists."""
import torch


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    p, g = param.reshape(-1).tolist(), grad.reshape(-1).tolist()
    b = None if momentum_buffer is None else momentum_buffer.reshape(-1).tolist()
    new_p, new_b = [], []
    for i in range(len(p)):
        gi = g[i] + weight_decay * p[i]
        bi = gi if b is None else momentum * b[i] + (1 - dampening) * gi
        di = gi + momentum * bi if nesterov else bi
        new_p.append(p[i] - lr * di)
        new_b.append(bi)
    t = lambda v: torch.tensor(v, dtype=param.dtype).reshape(param.shape)  # noqa: E731
    return t(new_p), t(new_b)
