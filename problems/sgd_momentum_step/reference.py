def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    """One torch.optim.SGD step (momentum > 0) on new tensors: L2 term into the gradient, the
    buffer is the gradient itself on the first step, then the (nesterov) update."""
    if weight_decay != 0:
        grad = grad.add(param, alpha=weight_decay)
    if momentum_buffer is None:
        buf = grad.clone()
    else:
        buf = momentum_buffer.mul(momentum).add_(grad, alpha=1 - dampening)
    step = grad.add(buf, alpha=momentum) if nesterov else buf
    return param.add(step, alpha=-lr), buf
