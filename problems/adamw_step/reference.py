import math


def adamw_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    """One torch.optim.AdamW step on new tensors, in torch's order of operations: decoupled
    decay of the parameter first, then the Adam update with the raw gradient."""
    beta1, beta2 = betas
    param = param.mul(1 - lr * weight_decay)
    m = exp_avg.lerp(grad, 1 - beta1)
    v = exp_avg_sq.mul(beta2).addcmul_(grad, grad, value=1 - beta2)
    t = step + 1
    bias_correction1 = 1 - beta1 ** t
    bias_correction2_sqrt = math.sqrt(1 - beta2 ** t)
    denom = (v.sqrt() / bias_correction2_sqrt).add_(eps)
    return param.addcdiv_(m, denom, value=-lr / bias_correction1), m, v
