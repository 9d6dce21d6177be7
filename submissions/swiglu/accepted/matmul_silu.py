import torch
import torch.nn.functional as F


def swiglu(x, w_gate, w_up, w_down):
    return torch.matmul(F.silu(torch.matmul(x, w_gate)) * torch.matmul(x, w_up), w_down)
