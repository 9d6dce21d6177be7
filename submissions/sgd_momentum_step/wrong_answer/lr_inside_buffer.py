# mistake: folds the learning rate into the buffer (buf = momentum * buf + lr * grad, param -= buf)
# 错误：把学习率乘进了缓冲区（buf = momentum * buf + lr * grad，param -= buf）
"""Wrong: the classic 'velocity' form v = mu * v + lr * g; torch keeps lr out of the buffer."""


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum_buffer is None:
        buf = lr * g
    else:
        buf = momentum * momentum_buffer + lr * (1 - dampening) * g
    d = lr * g + momentum * buf if nesterov else buf
    return param - d, buf
