# mistake: adds weight decay after the momentum buffer (to the step) instead of to the gradient
# 错误：权重衰减加在动量之后（加到更新量上），而不是先加到梯度上
"""Wrong: the buffer is built from the raw gradient and weight_decay * param joins the step."""


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    buf = grad if momentum_buffer is None else momentum * momentum_buffer + (1 - dampening) * grad
    d = grad + momentum * buf if nesterov else buf
    return param - lr * (d + weight_decay * param), buf
