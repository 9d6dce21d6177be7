def max_match_segment(text, dictionary, max_len):
    """Forward maximum matching: at each position the longest dictionary word of at most max_len chars."""
    words = {w for w in dictionary if len(w) <= max_len}
    lengths = sorted({len(w) for w in words if len(w) > 1}, reverse=True)
    out = []
    i, n = 0, len(text)
    while i < n:
        step = 1
        for length in lengths:
            if i + length <= n and text[i:i + length] in words:
                step = length
                break
        out.append(text[i:i + step])
        i += step
    return out
