# mistake: uses a mutable default argument root={}, so the previous call's tree leaks into the next
# 错误：使用可变默认参数 root={}，上一次调用的树会泄漏到下一次调用
def tree(paths, root={}):
    """Classic mistake: a mutable default argument; the tree of the previous call leaks in."""
    for path in paths:
        node = root
        for part in path.split("/"):
            node = node.setdefault(part, {})
    return root
