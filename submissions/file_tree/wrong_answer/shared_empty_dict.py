def tree(paths):
    """Classic mistake: one `{}` object reused for every new node; the tree becomes a cycle."""
    root = {}
    empty = {}
    for path in paths:
        node = root
        for part in path.split("/"):
            if part not in node:
                node[part] = empty
            node = node[part]
    return root
