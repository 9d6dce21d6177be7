# mistake: glues consecutive characters not covered by any word into one token instead of single-character tokens
# 错误：把连续的未登录字符拼成一个词，而不是逐个切成单字
def max_match_segment(text, dictionary, max_len):
    """Classic mistake: consecutive characters that no word covers are glued into one token."""
    words = set(dictionary)
    out, i, pending = [], 0, ""
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 1, -1):
            if text[i:i + length] in words:
                if pending:
                    out.append(pending)
                    pending = ""
                out.append(text[i:i + length])
                i += length
                break
        else:
            if text[i] in words:
                if pending:
                    out.append(pending)
                    pending = ""
                out.append(text[i])
            else:
                pending += text[i]
            i += 1
    if pending:
        out.append(pending)
    return out
