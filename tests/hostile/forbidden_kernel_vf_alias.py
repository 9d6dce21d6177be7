"""attack: forbidden kernel: reach the fused RMSNorm through torch._VF, a name no listed spelling covers
problem: rms_norm
expect: FORBIDDEN
"""
import torch

_vf = getattr(torch, "_" + "VF")


def rms_norm(x, weight, eps=1e-6):
    return _vf.rms_norm(x, [x.shape[-1]], weight, eps)
