# mistake: divides by square_avg + eps without the square root
# 错误：分母直接用 square_avg + eps，漏了平方根
"""Wrong: the step is lr * g / (v + eps)."""


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * param
    v = alpha * square_avg + (1 - alpha) * g * g
    return param - lr * g / (v + eps), v
