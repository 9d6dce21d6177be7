"""attack: forbidden kernel: drop the guarded attribute from torch.ops.aten, whose __getattr__ then re-resolves the real op
problem: layer_norm
expect: FORBIDDEN
"""
import torch

_aten = getattr(getattr(torch, "ops"), "aten")
vars(_aten).pop("native_" + "layer_norm", None)


def layer_norm(x, weight, bias, eps=1e-5):
    op = getattr(_aten, "native_" + "layer_norm")
    return op(x, [x.shape[-1]], weight, bias, eps)[0]
