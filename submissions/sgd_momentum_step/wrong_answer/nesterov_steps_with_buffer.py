# mistake: with nesterov, steps along the buffer instead of grad + momentum * buffer
# 错误：nesterov 时仍沿缓冲区更新，而不是沿 grad + momentum * buffer 更新
"""Wrong: the nesterov flag is ignored; the step is always -lr * buffer."""


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    g = grad + weight_decay * param
    buf = g if momentum_buffer is None else momentum * momentum_buffer + (1 - dampening) * g
    return param - lr * buf, buf
