# mistake: uses GELU on the gate (GeGLU) instead of SiLU
# 错误：门控用 GELU（成了 GeGLU），而不是 SiLU
import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    """Classic mistake: GELU (that is GeGLU), not SiLU."""
    return (F.gelu(x @ w_gate) * (x @ w_up)) @ w_down
