# mistake: applies SiLU to the product (gate * up) instead of SiLU(gate) * up
# 错误：对乘积 (gate * up) 整体做 SiLU，而不是 SiLU(gate) * up
import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """SiLU applied to the product of both projections."""
    return F.silu((x @ w_gate) * (x @ w_up)) @ w_down
