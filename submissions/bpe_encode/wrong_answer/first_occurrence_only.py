# mistake: each step merges only the first occurrence of the best-ranked pair instead of all occurrences
# 错误：每一步只合并最优 pair 的第一次出现，而不是合并所有出现
def bpe_encode(words, merges):
    """Classic mistake: each step merges only the first occurrence of the best pair."""
    ranks = {tuple(m): i for i, m in enumerate(merges)}
    out = []
    for w in words:
        parts = list(w)
        while len(parts) > 1:
            cands = [(ranks[p], j) for j, p in enumerate(zip(parts, parts[1:])) if p in ranks]
            if not cands:
                break
            _, j = min(cands)
            parts[j:j + 2] = [parts[j] + parts[j + 1]]
        out.append(parts)
    return out
