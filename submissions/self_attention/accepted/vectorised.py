import math

import torch
import torch.nn.functional as F


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    q = F.linear(x, w_q, b_q)
    k = F.linear(x, w_k, b_k)
    v = F.linear(x, w_v, b_v)
    scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(w_q.shape[0])
    return torch.matmul(F.softmax(scores, dim=-1), v)
