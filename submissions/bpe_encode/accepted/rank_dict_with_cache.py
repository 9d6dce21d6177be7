def bpe_encode(words, merges):
    """GPT-2 style BPE: repeatedly merge the lowest-ranked adjacent pair, every occurrence."""
    ranks = {}
    for i, (a, b) in enumerate(merges):
        ranks.setdefault((a, b), i)
    inf = len(merges)
    cache = {}

    def encode(word):
        parts = list(word)
        while len(parts) > 1:
            best, best_rank = None, inf
            for pair in zip(parts, parts[1:]):
                r = ranks.get(pair, inf)
                if r < best_rank:
                    best, best_rank = pair, r
            if best is None:
                break
            a, b = best
            merged, i, n = [], 0, len(parts)
            while i < n:
                if i < n - 1 and parts[i] == a and parts[i + 1] == b:
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        return parts

    out = []
    for w in words:
        tokens = cache.get(w)
        if tokens is None:
            tokens = cache[w] = encode(w)
        out.append(list(tokens))
    return out
