# mistake: divides attention scores by sqrt(E) instead of sqrt(E / H) (the head dim)
# 错误：注意力分数除以 sqrt(E)，而不是 sqrt(E / H)（单头维度）
import math

import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    """Classic mistake: scores divided by sqrt(E) instead of sqrt(E / H)."""
    p = params
    B, L, E = x.shape
    d = E // num_heads

    def split(t):
        return t.view(B, L, num_heads, d).transpose(1, 2)

    q = split(F.linear(x, p["w_q"], p["b_q"]))
    k = split(F.linear(x, p["w_k"], p["b_k"]))
    v = split(F.linear(x, p["w_v"], p["b_v"]))
    scores = q @ k.transpose(-2, -1) / math.sqrt(E)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    attn = F.linear(ctx.transpose(1, 2).reshape(B, L, E), p["w_o"], p["b_o"])
    x = F.layer_norm(x + attn, (E,), p["ln1_weight"], p["ln1_bias"], 1e-5)
    ffn = F.linear(F.gelu(F.linear(x, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
    return F.layer_norm(x + ffn, (E,), p["ln2_weight"], p["ln2_bias"], 1e-5)
