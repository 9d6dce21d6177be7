# mistake: the input term is B_t u_t, without the delta_t factor
# 错误：输入项写成 B_t u_t，漏掉了 delta_t 因子
"""Classic mistake: the input term is B_t * u_t, forgetting the delta_t factor."""
import torch


def selective_scan(u, delta, A, B, C, D_skip):
    dA = torch.exp(delta.unsqueeze(-1) * A)
    dBu = u.unsqueeze(-1) * B.unsqueeze(2)
    h = torch.zeros_like(dA[:, 0])
    ys = []
    for t in range(u.shape[1]):
        h = dA[:, t] * h + dBu[:, t]
        ys.append((h * C[:, t, None, :]).sum(-1))
    return torch.stack(ys, 1) + D_skip * u
