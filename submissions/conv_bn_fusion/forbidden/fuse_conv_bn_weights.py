"""torch's own fold, torch.nn.utils.fusion.fuse_conv_bn_weights."""
from torch.nn.utils.fusion import fuse_conv_bn_weights


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    w, b = fuse_conv_bn_weights(weight, bias, running_mean, running_var, eps, gamma, beta)
    return w.detach(), b.detach()
