import math


def top_p_filter(logits, p):
    """Correct, but for every token sums the probability of all tokens ranked above it,
    in pure Python: O(V^2) per row."""
    out = logits.clone()
    for b, row in enumerate(logits.tolist()):
        top = max(row)
        e = [math.exp(x - top) for x in row]
        s = sum(e)
        probs = [v / s for v in e]
        V = len(probs)
        for i in range(V):
            # tokens ranked above i: larger probability, or equal with a lower index
            above = sum(probs[j] for j in range(V) if probs[j] > probs[i] or (probs[j] == probs[i] and j < i))
            if above >= p:
                out[b, i] = -math.inf
    return out
