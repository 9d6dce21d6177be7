import math

import torch


def moe_top_k_router(x, w_gate, k):
    """Correct, but everything (the gate's matmul included) in Python loops."""
    xs, ws = x.tolist(), w_gate.tolist()
    D = len(ws)
    E = len(ws[0]) if D else w_gate.shape[1]
    weights, experts = [], []
    for row in xs:
        logits = []
        for e in range(E):
            s = 0.0
            for d in range(D):
                s += row[d] * ws[d][e]
            logits.append(s)
        order = sorted(range(E), key=lambda e: (-logits[e], e))[:k]
        m = logits[order[0]]
        exps = [math.exp(logits[e] - m) for e in order]
        total = sum(exps)
        weights.append([v / total for v in exps])
        experts.append(order)
    return (torch.tensor(weights, dtype=x.dtype).reshape(len(xs), k),
            torch.tensor(experts, dtype=torch.int64).reshape(len(xs), k))
