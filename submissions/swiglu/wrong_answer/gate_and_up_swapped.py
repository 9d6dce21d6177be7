import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """Classic mistake: SiLU on the up projection instead of the gate."""
    return (F.silu(x @ w_up) * (x @ w_gate)) @ w_down
