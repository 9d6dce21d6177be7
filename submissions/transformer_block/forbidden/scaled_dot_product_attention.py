import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    p = params
    B, L, E = x.shape
    d = E // num_heads
    q, k, v = (F.linear(x, p[f"w_{n}"], p[f"b_{n}"]).view(B, L, num_heads, d).transpose(1, 2) for n in "qkv")
    ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
    attn = F.linear(ctx.transpose(1, 2).reshape(B, L, E), p["w_o"], p["b_o"])
    x = F.layer_norm(x + attn, (E,), p["ln1_weight"], p["ln1_bias"], 1e-5)
    ffn = F.linear(F.gelu(F.linear(x, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
    return F.layer_norm(x + ffn, (E,), p["ln2_weight"], p["ln2_bias"], 1e-5)
