"""Honest decode step that appends the new key/value with F.pad and runs under
torch.no_grad: the guards of this problem must not break either."""
import math

import torch
import torch.nn.functional as F


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    with torch.no_grad():
        B, _, E = x_t.shape
        d = E // num_heads
        x = x_t.reshape(B, E)
        q = (x @ w_q.T).view(B, num_heads, 1, d)
        k_new = F.pad(k_cache, (0, 0, 0, 1))  # one zero row at the end of the time axis
        v_new = F.pad(v_cache, (0, 0, 0, 1))
        k_new[:, :, -1:] = (x @ w_k.T).view(B, num_heads, 1, d)
        v_new[:, :, -1:] = (x @ w_v.T).view(B, num_heads, 1, d)
        attn = torch.softmax((q @ k_new.transpose(-1, -2)) / math.sqrt(d), dim=-1)
        return (attn @ v_new).reshape(B, 1, E) @ w_o.T, k_new, v_new
