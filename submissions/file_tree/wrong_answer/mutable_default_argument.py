def tree(paths, root={}):
    """Classic mistake: a mutable default argument; the tree of the previous call leaks in."""
    for path in paths:
        node = root
        for part in path.split("/"):
            node = node.setdefault(part, {})
    return root
