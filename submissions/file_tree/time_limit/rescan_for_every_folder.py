def tree(paths):
    """Correct, but lists the children of every folder by re-scanning all paths: O(folders x paths)."""
    split = [p.split("/") for p in paths]

    def build(prefix):
        depth = len(prefix)
        children = []
        for parts in split:
            if len(parts) > depth and parts[:depth] == prefix and parts[depth] not in children:
                children.append(parts[depth])
        return {c: build(prefix + [c]) for c in children}

    return build([])
