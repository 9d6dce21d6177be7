# mistake: window loop starts at max_len - 1, so a word of exactly max_len characters is never tried
# 错误：窗口从 max_len - 1 开始循环，长度恰为 max_len 的词永远不会被尝试
def max_match_segment(text, dictionary, max_len):
    """Classic mistake: range(max_len - 1, 0, -1) never tries a word of exactly max_len characters."""
    words = set(dictionary)
    out, i = [], 0
    while i < len(text):
        for length in range(min(max_len - 1, len(text) - i), 0, -1):
            if length == 1 or text[i:i + length] in words:
                out.append(text[i:i + length])
                i += length
                break
        else:
            out.append(text[i])
            i += 1
    return out
