import torch
from torch import nn


def scaled_dot_product_attention(q, k, v, mask=None):
    """Routes through nn.MultiheadAttention with identity projections, one (batch, head) at a time."""
    B, H, Lq, D = q.shape
    mha = nn.MultiheadAttention(D, 1, bias=False, kdim=D, vdim=v.shape[-1], batch_first=True,
                                dtype=q.dtype)
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.eye(D).repeat(3, 1)) if mha._qkv_same_embed_dim else None
    out = []
    for b in range(B):
        for h in range(H):
            m = None if mask is None else ~torch.broadcast_to(mask, (B, H, Lq, k.shape[2]))[b, h]
            out.append(mha(q[b, h][None], k[b, h][None], v[b, h][None], attn_mask=m)[0][0])
    return torch.stack(out).reshape(B, H, Lq, -1)
