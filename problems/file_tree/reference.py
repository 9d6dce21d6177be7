def tree(paths):
    """Walk each path from the root, creating a child dict only where none exists yet."""
    root = {}
    for path in paths:
        node = root
        for part in path.split("/"):
            child = node.get(part)
            if child is None:
                child = node[part] = {}
            node = child
    return root
