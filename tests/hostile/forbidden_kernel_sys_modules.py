"""attack: forbidden kernel: the fused attention through sys.modules["torch._C"], which a guard on the attribute torch._C does not cover
problem: kv_cache_decode
expect: FORBIDDEN
"""
import math
import sys


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    sdpa = getattr(sys.modules["torch._C"]._nn, "scaled_dot_product_" + "attention")
    cat = sys.modules["torch"].cat
    B, _, E = x_t.shape
    d = E // num_heads
    x = x_t.reshape(B, E)
    q = (x @ w_q.T).view(B, num_heads, 1, d)
    k_new = cat([k_cache, (x @ w_k.T).view(B, num_heads, 1, d)], dim=2)
    v_new = cat([v_cache, (x @ w_v.T).view(B, num_heads, 1, d)], dim=2)
    out = sdpa(q, k_new, v_new, scale=1.0 / math.sqrt(d))
    return out.reshape(B, 1, E) @ w_o.T, k_new, v_new
