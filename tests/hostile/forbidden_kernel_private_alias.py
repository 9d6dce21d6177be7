"""attack: forbidden kernel: the CPU flash-attention kernel under its private torch._* name
problem: flash_attention
expect: FORBIDDEN
"""
import torch


def flash_attention(q, k, v, block_size, causal=False):
    kernel = getattr(torch, "_scaled_dot_product_flash_attention_" + "for_cpu")
    mask = None
    if causal:  # bottom-right aligned, as the statement has it
        lq, lk = q.shape[2], k.shape[2]
        allowed = torch.arange(lk)[None, :] <= torch.arange(lq)[:, None] + (lk - lq)
        mask = torch.zeros(lq, lk, dtype=q.dtype).masked_fill(~allowed, float("-inf"))
    if v.shape[-1] != q.shape[-1]:  # the flash kernel wants one head size: the math one does not
        kernel = getattr(torch, "_scaled_dot_product_attention_" + "math")
    return kernel(q, k, v, attn_mask=mask)[0]
