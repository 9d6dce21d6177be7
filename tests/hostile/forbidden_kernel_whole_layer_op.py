"""attack: forbidden kernel: the one aten op that runs a whole encoder layer, called with the block's weights
problem: transformer_block
expect: FORBIDDEN
"""
import torch


def transformer_block(x, params, num_heads, mask=None):
    p = params
    B, L, E = x.shape
    if mask is not None:  # the op's own mask convention: True hides, shaped [B, H, L, L]
        mask = ~mask.expand(B, num_heads, L, L)
    fwd = getattr(torch._C._VariableFunctions, "_transformer_encoder_layer_" + "fwd")
    with torch.inference_mode():
        return fwd(x, x.shape[-1], num_heads,
                   torch.cat([p["w_q"], p["w_k"], p["w_v"]]), torch.cat([p["b_q"], p["b_k"], p["b_v"]]),
                   p["w_o"], p["b_o"], True, False, 1e-5,
                   p["ln1_weight"], p["ln1_bias"], p["ln2_weight"], p["ln2_bias"],
                   p["w_1"], p["b_1"], p["w_2"], p["b_2"], mask,
                   None if mask is None else 2).clone()
