"""Correct: plain tensor arithmetic on new tensors, one expression per line of the update."""


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum_buffer is None:
        buf = g
    else:
        buf = momentum * momentum_buffer + (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return param - lr * d, buf
