# scaling: time — scans the merge list from the top at every step: time grows with the number of merges, where a rank dictionary looks each pair up in O(1)
# 规模：时间 — 每一步都从头扫描合并规则列表：时间随规则数增长，而用 rank 字典查每个相邻对只需 O(1)
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
