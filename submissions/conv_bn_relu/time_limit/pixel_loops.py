"""Correct, but the convolution loops in Python over every output value (one small dot product each)."""
import torch
import torch.nn.functional as F


def conv_bn_relu(x, weight, bias, gamma, beta, running_mean, running_var, stride=1, padding=0, eps=1e-5):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    N, C, H, W = x.shape
    O, _, kh, kw = weight.shape
    xp = F.pad(x, (pw, pw, ph, ph))
    oh = (H + 2 * ph - kh) // sh + 1
    ow = (W + 2 * pw - kw) // sw + 1
    y = torch.empty(N, O, oh, ow, dtype=x.dtype)
    for n in range(N):
        for o in range(O):
            for i in range(oh):
                for j in range(ow):
                    y[n, o, i, j] = (xp[n, :, i * sh:i * sh + kh, j * sw:j * sw + kw] * weight[o]).sum()
    if bias is not None:
        y += bias.view(1, -1, 1, 1)
    s = gamma / torch.sqrt(running_var + eps)
    return torch.relu((y - running_mean.view(1, -1, 1, 1)) * s.view(1, -1, 1, 1) + beta.view(1, -1, 1, 1))
