# mistake: the fused bias ignores the convolution's own bias (beta - mean * s only)
# 错误：融合后的偏置忽略了卷积自身的偏置（只算 beta - mean * s）
import torch


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    s = gamma / torch.sqrt(running_var + eps)
    return weight * s.view(-1, 1, 1, 1), beta - running_mean * s
