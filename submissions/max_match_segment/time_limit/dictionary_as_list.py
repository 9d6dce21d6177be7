def max_match_segment(text, dictionary, max_len):
    """Correct, but `in` on a list: every look-up scans the whole dictionary."""
    out, i = [], 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if length == 1 or text[i:i + length] in dictionary:
                out.append(text[i:i + length])
                i += length
                break
    return out
