import torch


def learnable_position_encoding(x, table, offset=0):
    """Correct, but one Python-level addition per element."""
    B, L, E = x.shape
    xs, ts = x.tolist(), table.tolist()
    out = [[[xs[b][t][e] + ts[offset + t][e] for e in range(E)] for t in range(L)] for b in range(B)]
    return torch.tensor(out, dtype=x.dtype).reshape(B, L, E)
