# mistake: uses the longest dictionary word as the window and ignores max_len
# 错误：匹配窗口取字典里最长词的长度，忽略了 max_len
def max_match_segment(text, dictionary, max_len):
    """Classic mistake: the window is the longest dictionary word, max_len is ignored."""
    words = set(dictionary)
    longest = max((len(w) for w in words), default=1)
    out, i = [], 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 0, -1):
            if length == 1 or text[i:i + length] in words:
                out.append(text[i:i + length])
                i += length
                break
    return out
