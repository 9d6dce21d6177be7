"""Correct: updates the given tensors in place as torch.optim.RMSprop does (mul_, addcmul_,
addcdiv_) and returns them; the judge only looks at the returned values."""
import torch


@torch.no_grad()
def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    if weight_decay:
        grad = grad.add(param, alpha=weight_decay)
    square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
    param.addcdiv_(grad, square_avg.sqrt().add_(eps), value=-lr)
    return param, square_avg
