# mistake: takes the first dictionary word that matches at the position instead of the longest match
# 错误：在当前位置取字典中第一个能匹配的词，而不是最长的匹配
def max_match_segment(text, dictionary, max_len):
    """Classic mistake: the first dictionary word that matches here, not the longest."""
    out, i = [], 0
    by_first = {}
    for w in dictionary:
        if len(w) <= max_len:
            by_first.setdefault(w[0], []).append(w)
    while i < len(text):
        token = text[i]
        for w in by_first.get(text[i], []):
            if text.startswith(w, i):
                token = w
                break
        out.append(token)
        i += len(token)
    return out
