import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """Classic mistake: GELU (that is GeGLU), not SiLU."""
    return (F.gelu(x @ w_gate) * (x @ w_up)) @ w_down
