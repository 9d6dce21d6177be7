# mistake: splits heads by reshaping [B, L, E] straight to [B, H, L, d] instead of [B, L, H, d] then transpose(1, 2)
# 错误：拆分多头时把 [B, L, E] 直接 reshape 成 [B, H, L, d]，而不是先变成 [B, L, H, d] 再 transpose(1, 2)
import math

import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    """Classic mistake: view(B, H, L, d) straight from [B, L, E] mixes tokens across heads."""
    p = params
    B, L, E = x.shape
    d = E // num_heads

    def split(t):
        return t.reshape(B, num_heads, L, d)

    q = split(F.linear(x, p["w_q"], p["b_q"]))
    k = split(F.linear(x, p["w_k"], p["b_k"]))
    v = split(F.linear(x, p["w_v"], p["b_v"]))
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    attn = F.linear(ctx.transpose(1, 2).reshape(B, L, E), p["w_o"], p["b_o"])
    x = F.layer_norm(x + attn, (E,), p["ln1_weight"], p["ln1_bias"], 1e-5)
    ffn = F.linear(F.gelu(F.linear(x, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
    return F.layer_norm(x + ffn, (E,), p["ln2_weight"], p["ln2_bias"], 1e-5)
