# mistake: marks files (leaves) with None instead of an empty dict
# 错误：用 None 标记文件（叶子节点），而不是空字典
def tree(paths):
    """Classic mistake: marks files with None instead of an empty dict."""
    root = {}
    for path in paths:
        *folders, last = path.split("/")
        node = root
        for part in folders:
            if node.get(part) is None:
                node[part] = {}
            node = node[part]
        node.setdefault(last, None)
    return root
