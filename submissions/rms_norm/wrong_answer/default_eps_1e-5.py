# mistake: sets the default eps to 1e-5 instead of the stated 1e-6
# 错误：eps 的默认值设成 1e-5，而不是题目规定的 1e-6
import torch


def rms_norm(x, weight, eps=1e-5):
    """Correct formula, but the default eps is 1e-5 instead of the stated 1e-6."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return h.to(x.dtype) * weight
