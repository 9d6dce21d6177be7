# mistake: does backward maximum matching from the end of the text instead of forward from the start
# 错误：从文本末尾做逆向最大匹配，而不是从开头做正向最大匹配
def max_match_segment(text, dictionary, max_len):
    """Classic mistake: backward maximum matching (逆向最大匹配), from the end of the text."""
    words = set(dictionary)
    out = []
    j = len(text)
    while j > 0:
        for length in range(min(max_len, j), 0, -1):
            if length == 1 or text[j - length:j] in words:
                out.append(text[j - length:j])
                j -= length
                break
    return out[::-1]
