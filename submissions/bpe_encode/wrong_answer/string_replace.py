# mistake: merges via str.replace on the space-joined tokens, which also matches inside multi-character tokens
# 错误：把 token 用空格拼接后用 str.replace 合并，会错误匹配到多字符 token 的内部
def bpe_encode(words, merges):
    """Classic mistake: merge with str.replace on space-joined tokens, which also matches inside tokens."""
    ranks = {tuple(m): i for i, m in enumerate(merges)}
    out = []
    for w in words:
        parts = list(w)
        while len(parts) > 1:
            pairs = [p for p in zip(parts, parts[1:]) if p in ranks]
            if not pairs:
                break
            a, b = min(pairs, key=ranks.__getitem__)
            parts = " ".join(parts).replace(f"{a} {b}", a + b).split(" ")
        out.append(parts)
    return out
