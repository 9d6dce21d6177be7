import torch
import torch.nn.functional as F


def rms_norm(x, weight, eps=1e-6):
    return F.rms_norm(x.float(), (x.shape[-1],), weight.float(), eps).to(x.dtype)
