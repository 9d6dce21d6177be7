"""Builds Conv2d and BatchNorm2d modules and lets torch.nn.utils.fuse_conv_bn_eval fold them."""
import torch
from torch import nn


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    O, C, kh, kw = weight.shape
    conv = nn.Conv2d(C, O, (kh, kw), bias=bias is not None, dtype=weight.dtype)
    bn = nn.BatchNorm2d(O, eps=eps, dtype=weight.dtype)
    with torch.no_grad():
        conv.weight.copy_(weight)
        if bias is not None:
            conv.bias.copy_(bias)
        bn.weight.copy_(gamma)
        bn.bias.copy_(beta)
        bn.running_mean.copy_(running_mean)
        bn.running_var.copy_(running_var)
    fused = torch.nn.utils.fuse_conv_bn_eval(conv.eval(), bn.eval())
    return fused.weight.detach(), fused.bias.detach()
