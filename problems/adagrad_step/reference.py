import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    """One torch.optim.Adagrad step (lr_decay = 0), out of place: returns (param, state_sum)."""
    if weight_decay != 0.0:
        grad = grad.add(param, alpha=weight_decay)
    new_sum = torch.addcmul(state_sum, grad, grad)
    std = new_sum.sqrt().add_(eps)
    return torch.addcdiv(param, grad, std, value=-lr), new_sum
