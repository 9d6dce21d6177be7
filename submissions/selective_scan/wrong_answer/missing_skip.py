# mistake: returns C_t . h_t without the D_skip * u_t skip connection
# 错误：只返回 C_t . h_t，漏掉了 D_skip * u_t 跳跃连接
"""Classic mistake: returns C_t . h_t without the D_skip * u_t skip connection."""
import torch


def selective_scan(u, delta, A, B, C, D_skip):
    dA = torch.exp(delta.unsqueeze(-1) * A)
    dBu = (delta * u).unsqueeze(-1) * B.unsqueeze(2)
    h = torch.zeros_like(dA[:, 0])
    ys = []
    for t in range(u.shape[1]):
        h = dA[:, t] * h + dBu[:, t]
        ys.append((h * C[:, t, None, :]).sum(-1))
    return torch.stack(ys, 1)
