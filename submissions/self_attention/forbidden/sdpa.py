import torch.nn.functional as F


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    return F.scaled_dot_product_attention(F.linear(x, w_q, b_q), F.linear(x, w_k, b_k), F.linear(x, w_v, b_v))
