# scaling: time — removes duplicates with `in` on a list: O(n^2) string comparisons, where a set or the tree itself needs O(n)
# 规模：时间 — 用列表的 `in` 去重：O(n^2) 次字符串比较，而用集合或直接建树只需 O(n)
def tree(paths):
    """Correct, but removes duplicates with `not in` on a list: O(paths^2) string comparisons."""
    unique = []
    for p in paths:
        if p not in unique:
            unique.append(p)
    root = {}
    for p in unique:
        node = root
        for part in p.split("/"):
            node = node.setdefault(part, {})
    return root
