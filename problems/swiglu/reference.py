import torch
import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """(silu(x @ w_gate) * (x @ w_up)) @ w_down over the last axis of x."""
    return (F.silu(x @ w_gate) * (x @ w_up)) @ w_down
