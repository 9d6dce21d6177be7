# mistake: steps with the old state_sum and only then adds grad^2 (accumulator updated after the step)
# 错误：先用旧的 state_sum 更新参数，之后才加上 grad^2（累加器在参数更新之后才更新）
import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    g = grad + weight_decay * param
    new_param = param - lr * g / (torch.sqrt(state_sum) + eps)
    return new_param, state_sum + g * g
