import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """A second style: einsum everywhere and a hand-written, stable softmax."""
    q = torch.einsum("ble,de->bld", x, w_q)
    k = torch.einsum("ble,de->bld", x, w_k)
    v = torch.einsum("ble,de->bld", x, w_v)
    if b_q is not None:
        q = q + b_q
    if b_k is not None:
        k = k + b_k
    if b_v is not None:
        v = v + b_v
    s = torch.einsum("bid,bjd->bij", q, k) / q.shape[-1] ** 0.5
    s = s - s.max(dim=-1, keepdim=True).values
    p = torch.exp(s)
    p = p / p.sum(dim=-1, keepdim=True)
    return torch.einsum("bij,bjd->bid", p, v)
