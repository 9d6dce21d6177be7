import math

import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    B, L, E = x.shape
    H, d = num_heads, E // num_heads
    w_qkv = torch.cat([params["w_q"], params["w_k"], params["w_v"]])
    b_qkv = torch.cat([params["b_q"], params["b_k"], params["b_v"]])
    qkv = (x @ w_qkv.T + b_qkv).view(B, L, 3, H, d).permute(2, 0, 3, 1, 4)
    q, k, v = qkv[0], qkv[1], qkv[2]
    scores = q @ k.transpose(-1, -2) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(mask.logical_not(), float("-inf"))
    att = scores.softmax(dim=-1) @ v
    att = att.transpose(1, 2).reshape(B, L, E) @ params["w_o"].T + params["b_o"]
    h = F.layer_norm(x + att, (E,), params["ln1_weight"], params["ln1_bias"], eps=1e-5)
    ff = F.gelu(h @ params["w_1"].T + params["b_1"]) @ params["w_2"].T + params["b_2"]
    return F.layer_norm(h + ff, (E,), params["ln2_weight"], params["ln2_bias"], eps=1e-5)
