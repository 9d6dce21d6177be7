# mistake: applies each merge once in list order instead of repeatedly merging the lowest-ranked pair present
# 错误：按列表顺序把每条 merge 各应用一遍，而不是反复合并当前存在的 rank 最小的 pair
def bpe_encode(words, merges):
    """Classic mistake: apply each merge once, in list order, instead of the lowest-ranked pair present."""
    out = []
    for w in words:
        parts = list(w)
        for a, b in merges:
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
