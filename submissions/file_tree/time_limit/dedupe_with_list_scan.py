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
