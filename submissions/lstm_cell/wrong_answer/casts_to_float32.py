# mistake: casts everything to float32 and computes there regardless of the input dtype (loses float64 precision)
# 错误：不管输入 dtype 一律转成 float32 计算，float64 输入丢失精度
"""Wrong: computes in float32 whatever the input dtype (float64 inputs lose ~1e-7)."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    dt = x.dtype
    h, c = (t.float() for t in hx)
    gates = x.float() @ W_ih.float().T + b_ih.float() + h @ W_hh.float().T + b_hh.float()
    i, f, g, o = gates.chunk(4, dim=1)
    c_new = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return (torch.sigmoid(o) * torch.tanh(c_new)).to(dt), c_new.to(dt)
