# mistake: merges the most frequent pair (training rule) instead of the lowest-ranked pair; rank only breaks ties
# 错误：按训练时的规则合并出现最多的 pair，而不是 rank 最小的 pair；rank 只用来打破平局
from collections import Counter


def bpe_encode(words, merges):
    """Classic mistake: training's rule (most frequent pair) used to encode; rank only breaks ties."""
    ranks = {tuple(m): i for i, m in enumerate(merges)}
    out = []
    for w in words:
        parts = list(w)
        while len(parts) > 1:
            counts = Counter(p for p in zip(parts, parts[1:]) if p in ranks)
            if not counts:
                break
            a, b = min(counts, key=lambda p: (-counts[p], ranks[p]))
            merged, i = [], 0
            while i < len(parts):
                if i < len(parts) - 1 and parts[i] == a and parts[i + 1] == b:
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        out.append(parts)
    return out
