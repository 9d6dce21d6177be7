def tree(paths):
    """Classic mistake: one node per *name* instead of per path.

    "x/data" and "y/data" share a node, so both get each other's files;
    "a/a" makes a node its own child.
    """
    nodes = {}
    root = {}
    for path in paths:
        parent = root
        for part in path.split("/"):
            node = nodes.setdefault(part, {})
            parent[part] = node
            parent = node
    return root
