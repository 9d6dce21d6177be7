import torch


def swiglu(x, w_gate, w_up, w_down):
    """One matmul for [gate | up], SiLU written out."""
    h = w_gate.shape[1]
    gate, up = (x @ torch.cat([w_gate, w_up], dim=1)).split([h, h], dim=-1)
    return (gate * torch.sigmoid(gate) * up) @ w_down
