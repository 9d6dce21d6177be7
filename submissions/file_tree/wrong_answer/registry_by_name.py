# mistake: keeps one node per name instead of per path, so same-named folders in different places share children
# 错误：按名字而不是按路径建节点，不同位置的同名文件夹共享同一个子树
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
