import torch
import torch.nn.functional as F
from torch.nn import MultiheadAttention


def transformer_block(x, params, num_heads, mask=None):
    p = params
    B, L, E = x.shape
    mha = MultiheadAttention(E, num_heads, batch_first=True, dtype=x.dtype)
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.cat([p["w_q"], p["w_k"], p["w_v"]]))
        mha.in_proj_bias.copy_(torch.cat([p["b_q"], p["b_k"], p["b_v"]]))
        mha.out_proj.weight.copy_(p["w_o"])
        mha.out_proj.bias.copy_(p["b_o"])
        m = None if mask is None else ~mask.expand(B, num_heads, L, L).reshape(B * num_heads, L, L)
        attn, _ = mha(x, x, x, attn_mask=m, need_weights=False)
    x = F.layer_norm(x + attn, (E,), p["ln1_weight"], p["ln1_bias"], 1e-5)
    ffn = F.linear(F.gelu(F.linear(x, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
    return F.layer_norm(x + ffn, (E,), p["ln2_weight"], p["ln2_bias"], 1e-5)
