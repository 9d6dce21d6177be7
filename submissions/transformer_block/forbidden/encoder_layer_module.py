import torch
from torch import nn


def transformer_block(x, params, num_heads, mask=None):
    p = params
    B, L, E = x.shape
    F_ = p["w_1"].shape[0]
    layer = nn.TransformerEncoderLayer(E, num_heads, F_, dropout=0.0, activation="gelu",
                                       batch_first=True, dtype=x.dtype).eval()
    with torch.no_grad():
        layer.self_attn.in_proj_weight.copy_(torch.cat([p["w_q"], p["w_k"], p["w_v"]]))
        layer.self_attn.in_proj_bias.copy_(torch.cat([p["b_q"], p["b_k"], p["b_v"]]))
        layer.self_attn.out_proj.weight.copy_(p["w_o"])
        layer.self_attn.out_proj.bias.copy_(p["b_o"])
        layer.linear1.weight.copy_(p["w_1"])
        layer.linear1.bias.copy_(p["b_1"])
        layer.linear2.weight.copy_(p["w_2"])
        layer.linear2.bias.copy_(p["b_2"])
        for i in (1, 2):
            getattr(layer, f"norm{i}").weight.copy_(p[f"ln{i}_weight"])
            getattr(layer, f"norm{i}").bias.copy_(p[f"ln{i}_bias"])
        src_mask = None if mask is None else ~mask.expand(B, num_heads, L, L).reshape(B * num_heads, L, L)
        return layer(x, src_mask=src_mask)
