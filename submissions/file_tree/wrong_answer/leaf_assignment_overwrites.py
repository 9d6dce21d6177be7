def tree(paths):
    """Classic mistake: the last component is assigned `{}`, wiping a folder seen earlier.

    ["a/b/c", "a/b"] loses "c".
    """
    root = {}
    for path in paths:
        *folders, last = path.split("/")
        node = root
        for part in folders:
            node = node.setdefault(part, {})
        node[last] = {}
    return root
