import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """SiLU applied to the product of both projections."""
    return F.silu((x @ w_gate) * (x @ w_up)) @ w_down
