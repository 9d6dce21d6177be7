# mistake: reuses one shared {} object for every new node instead of creating a fresh dict each time
# 错误：所有新节点复用同一个 {} 对象，而不是每次新建一个字典
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
