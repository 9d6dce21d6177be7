# scaling: time — looks words up with `in` on a list: every look-up scans the whole dictionary, O(text × dictionary), where a set needs O(text)
# 规模：时间 — 用列表的 `in` 查词：每次查找都扫描整个词典，O(文本长 × 词典大小)，而用集合只需 O(文本长)
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
