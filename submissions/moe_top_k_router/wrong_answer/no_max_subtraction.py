# mistake: takes exp() of the raw top-k logits without subtracting the max, overflowing to inf/inf = nan
# 错误：对 top-k 原始 logit 直接取 exp()，没有减去最大值，溢出得到 inf/inf = nan
import torch


def moe_top_k_router(x, w_gate, k):
    """Classic mistake: exp() of raw logits overflows (inf / inf = nan) for large logits."""
    logits = x @ w_gate
    values, order = torch.sort(logits, dim=-1, descending=True, stable=True)
    e = torch.exp(values[:, :k])
    return e / e.sum(dim=-1, keepdim=True), order[:, :k]
