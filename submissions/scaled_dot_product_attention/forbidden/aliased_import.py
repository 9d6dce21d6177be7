from torch.nn.functional import scaled_dot_product_attention as _sdpa


def scaled_dot_product_attention(q, k, v, mask=None):
    return _sdpa(q, k, v, attn_mask=mask)
