# mistake: computes the gate matmuls in float32 regardless of the input dtype (loses float64 precision)
# 错误：不管输入 dtype 都用 float32 计算门的矩阵乘，float64 输入丢失精度
"""Wrong: computes in float32 whatever the input dtype (float64 inputs lose ~1e-7)."""
import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    h, c = hx
    outs = []
    for x_t in x:
        gates = (x_t.float() @ W_ih.float().T + b_ih.float() + h.float() @ W_hh.float().T
                 + b_hh.float()).to(x.dtype)
        i, f, g, o = gates.chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), (h, c)
