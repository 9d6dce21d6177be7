# mistake: uses sigmoid(gate) (original GLU) instead of SiLU, gate * sigmoid(gate)
# 错误：门控用 sigmoid(gate)（原始 GLU），而不是 SiLU 即 gate * sigmoid(gate)
import torch


def swiglu(x, w_gate, w_up, w_down):
    """Classic mistake: sigmoid(gate) (the original GLU), not gate * sigmoid(gate)."""
    return (torch.sigmoid(x @ w_gate) * (x @ w_up)) @ w_down
