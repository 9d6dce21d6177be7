import torch
from torch import nn


def layer_norm(x, weight, bias, eps=1e-5):
    ln = nn.LayerNorm(x.shape[-1], eps=eps).to(x.dtype)
    with torch.no_grad():
        ln.weight.copy_(weight)
        ln.bias.copy_(bias)
        return ln(x)
