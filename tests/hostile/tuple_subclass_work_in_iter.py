"""attack: timing faking: return a tuple subclass whose __iter__ does the real work, so it would run while the harness encodes the output, off the clock (a 70 MB cache to hand back)
problem: kv_cache_decode
expect: WA
"""
import math

import torch


class Deferred(tuple):
    def __new__(cls, args):
        self = super().__new__(cls, (torch.zeros(1), torch.zeros(1), torch.zeros(1)))
        self.args = args
        return self

    def __iter__(self):
        return iter(_work(*self.args))

    def __getitem__(self, i):
        return _work(*self.args)[i]

    def __len__(self):
        return 3


def _work(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    B, _, E = x_t.shape
    d = E // num_heads
    x = x_t.reshape(B, E)
    q = (x @ w_q.T).view(B, num_heads, 1, d)
    k_new = torch.cat([k_cache, (x @ w_k.T).view(B, num_heads, 1, d)], dim=2)
    v_new = torch.cat([v_cache, (x @ w_v.T).view(B, num_heads, 1, d)], dim=2)
    attn = torch.softmax((q @ k_new.transpose(-1, -2)) / math.sqrt(d), dim=-1)
    return (attn @ v_new).reshape(B, 1, E) @ w_o.T, k_new, v_new


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    return Deferred((x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads))
