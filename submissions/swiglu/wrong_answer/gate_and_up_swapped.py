# mistake: applies SiLU to the up projection instead of the gate projection
# 错误：把 SiLU 作用在 up 投影上，而不是 gate 投影上
import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """Classic mistake: SiLU on the up projection instead of the gate."""
    return (F.silu(x @ w_up) * (x @ w_gate)) @ w_down
