import math

import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    """Post-LN encoder block: x = LN1(x + MHA(x)); x = LN2(x + W2 gelu(W1 x + b1) + b2)."""
    p = params
    B, L, E = x.shape
    d = E // num_heads

    def heads(t):  # [B, L, E] -> [B, H, L, d]
        return t.reshape(B, L, num_heads, d).transpose(1, 2)

    q = heads(F.linear(x, p["w_q"], p["b_q"]))
    k = heads(F.linear(x, p["w_k"], p["b_k"]))
    v = heads(F.linear(x, p["w_v"], p["b_v"]))
    scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d))
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v  # [B, H, L, d]
    attn = F.linear(ctx.transpose(1, 2).reshape(B, L, E), p["w_o"], p["b_o"])
    x = F.layer_norm(x + attn, (E,), p["ln1_weight"], p["ln1_bias"], 1e-5)
    ffn = F.linear(F.gelu(F.linear(x, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
    return F.layer_norm(x + ffn, (E,), p["ln2_weight"], p["ln2_bias"], 1e-5)
