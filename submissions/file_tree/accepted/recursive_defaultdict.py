from collections import defaultdict


def _node():
    return defaultdict(_node)


def tree(paths):
    """A second style: an autovivifying defaultdict; touching a key creates the folder."""
    root = _node()
    for path in paths:
        node = root
        for part in path.split("/"):
            node = node[part]
    return root
