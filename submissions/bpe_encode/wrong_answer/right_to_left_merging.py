# mistake: merges occurrences scanning right to left, so 'a a a' becomes 'a aa' instead of 'aa a'
# 错误：从右往左扫描合并，'a a a' 变成 'a aa' 而不是 'aa a'
def bpe_encode(words, merges):
    """Classic mistake: occurrences merged scanning from the right: 'a a a' becomes 'a aa'."""
    ranks = {tuple(m): i for i, m in enumerate(merges)}
    out = []
    for w in words:
        parts = list(w)
        while len(parts) > 1:
            pairs = [p for p in zip(parts, parts[1:]) if p in ranks]
            if not pairs:
                break
            a, b = min(pairs, key=ranks.__getitem__)
            merged, i = [], len(parts) - 1
            while i >= 0:
                if i > 0 and parts[i - 1] == a and parts[i] == b:
                    merged.append(a + b)
                    i -= 2
                else:
                    merged.append(parts[i])
                    i -= 1
            parts = merged[::-1]
        out.append(parts)
    return out
