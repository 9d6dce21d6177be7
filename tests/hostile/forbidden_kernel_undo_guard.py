"""attack: forbidden kernel: find the judge's dispatcher guard (gc, torch.library) and undo it, then call the fused kernel
problem: rms_norm
expect: FORBIDDEN
"""
import gc

import torch

for obj in gc.get_objects():
    name = type(obj).__name__
    try:
        if name == "_DispatchModule":
            obj.reset()
        elif name == "Library":
            obj._destroy()
    except Exception:
        pass
# a library of its own cannot bring the original kernel back either: it can only add one
try:
    torch.library._impls.clear()
except Exception:
    pass


def rms_norm(x, weight, eps=1e-6):
    return getattr(torch._C._VariableFunctions, "rms_" + "norm")(x, [x.shape[-1]], weight, eps)
