# mistake: the state is not carried across steps: h_t = delta_t B_t u_t only
# 错误：状态没有在时间步之间传递：h_t 只有 delta_t B_t u_t
"""Classic mistake: h is not carried across steps (h_t = delta_t B_t u_t only), so no memory."""
import torch


def selective_scan(u, delta, A, B, C, D_skip):
    dBu = (delta * u).unsqueeze(-1) * B.unsqueeze(2)       # [B, L, D, N]: h_t without h_{t-1}
    return torch.einsum("bldn,bln->bld", dBu, C) + D_skip * u
