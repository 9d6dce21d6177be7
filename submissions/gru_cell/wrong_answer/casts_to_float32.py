# mistake: casts everything to float32 and computes there regardless of the input dtype (loses float64 precision)
# 错误：不管输入 dtype 一律转成 float32 计算，float64 输入丢失精度
"""Wrong: computes in float32 whatever the input dtype (float64 inputs lose ~1e-7)."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    dt = x.dtype
    x, h, W_ih, W_hh, b_ih, b_hh = (t.float() for t in (x, h, W_ih, W_hh, b_ih, b_hh))
    i_r, i_z, i_n = (x @ W_ih.T + b_ih).chunk(3, 1)
    h_r, h_z, h_n = (h @ W_hh.T + b_hh).chunk(3, 1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return ((1 - z) * n + z * h).to(dt)
