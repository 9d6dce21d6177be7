import torch


def swiglu(x, w_gate, w_up, w_down):
    """Classic mistake: sigmoid(gate) (the original GLU), not gate * sigmoid(gate)."""
    return (torch.sigmoid(x @ w_gate) * (x @ w_up)) @ w_down
