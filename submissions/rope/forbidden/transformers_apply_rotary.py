import torch
from transformers.models.llama.modeling_llama import apply_rotary_pos_emb


def rope(x, positions, base=10000.0):
    D = x.shape[-1]
    inv_freq = 1.0 / (base ** (torch.arange(0, D, 2, dtype=torch.float64) / D))
    freqs = positions.double()[..., None] * inv_freq
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos().to(x.dtype), emb.sin().to(x.dtype)
    if positions.dim() == 1:
        cos, sin = cos[None], sin[None]
    out, _ = apply_rotary_pos_emb(x, x, cos, sin)
    return out
