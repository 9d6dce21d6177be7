# mistake: applies dampening on the first step (buffer = (1 - dampening) * grad instead of grad)
# 错误：第一步也乘了 (1 - dampening)（缓冲区应直接等于梯度）
"""Wrong: the first buffer is (1 - dampening) * grad; torch.optim.SGD starts it at grad itself."""
import torch


def sgd_momentum_step(param, grad, momentum_buffer, lr, momentum, dampening=0.0, nesterov=False,
                      weight_decay=0.0):
    g = grad + weight_decay * param
    if momentum_buffer is None:
        momentum_buffer = torch.zeros_like(param)
    buf = momentum * momentum_buffer + (1 - dampening) * g
    d = g + momentum * buf if nesterov else buf
    return param - lr * d, buf
