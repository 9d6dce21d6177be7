def bpe_encode(words, merges):
    """Correct, but each step scans the merge list from the top for the first pair present."""
    out = []
    for w in words:
        parts = list(w)
        while True:
            pairs = set(zip(parts, parts[1:]))
            best = None
            for a, b in merges:
                if (a, b) in pairs:
                    best = (a, b)
                    break
            if best is None:
                break
            merged, i = [], 0
            while i < len(parts):
                if i < len(parts) - 1 and (parts[i], parts[i + 1]) == best:
                    merged.append(best[0] + best[1])
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        out.append(parts)
    return out
