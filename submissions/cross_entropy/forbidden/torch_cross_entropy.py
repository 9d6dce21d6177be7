import numpy as np
import torch.nn.functional as F
from torch import from_numpy


def cross_entropy(logits, targets):
    return F.cross_entropy(from_numpy(np.ascontiguousarray(logits)), from_numpy(targets)).item()
