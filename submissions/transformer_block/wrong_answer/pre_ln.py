# mistake: uses pre-LN order x + sublayer(LN(x)) instead of post-LN LN(x + sublayer(x))
# 错误：用 pre-LN 顺序 x + sublayer(LN(x))，而不是 post-LN 的 LN(x + sublayer(x))
import math

import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    """Classic mistake: pre-LN order, x + sublayer(LN(x)), as in GPT-2 / LLaMA."""
    p = params
    B, L, E = x.shape
    d = E // num_heads

    def split(t):
        return t.view(B, L, num_heads, d).transpose(1, 2)

    h = F.layer_norm(x, (E,), p["ln1_weight"], p["ln1_bias"], 1e-5)
    q = split(F.linear(h, p["w_q"], p["b_q"]))
    k = split(F.linear(h, p["w_k"], p["b_k"]))
    v = split(F.linear(h, p["w_v"], p["b_v"]))
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    attn = F.linear(ctx.transpose(1, 2).reshape(B, L, E), p["w_o"], p["b_o"])
    x = x + attn
    h = F.layer_norm(x, (E,), p["ln2_weight"], p["ln2_bias"], 1e-5)
    return x + F.linear(F.gelu(F.linear(h, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
