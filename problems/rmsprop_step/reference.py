def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    """One torch.optim.RMSprop step (momentum=0, centered=False) on new tensors, in torch's
    order of operations."""
    if weight_decay != 0:
        grad = grad.add(param, alpha=weight_decay)
    sq = square_avg.mul(alpha).addcmul_(grad, grad, value=1 - alpha)
    avg = sq.sqrt().add_(eps)
    return param.addcdiv(grad, avg, value=-lr), sq
