# mistake: decays the state by exp(A) instead of exp(delta * A)
# 错误：状态衰减用 exp(A)，而不是 exp(delta * A)
"""Classic mistake: decays the state by exp(A) instead of exp(delta * A)."""
import torch


def selective_scan(u, delta, A, B, C, D_skip):
    dA = torch.exp(A)
    dBu = (delta * u).unsqueeze(-1) * B.unsqueeze(2)
    h = torch.zeros_like(dBu[:, 0])
    ys = []
    for t in range(u.shape[1]):
        h = dA * h + dBu[:, t]
        ys.append((h * C[:, t, None, :]).sum(-1))
    return torch.stack(ys, 1) + D_skip * u
