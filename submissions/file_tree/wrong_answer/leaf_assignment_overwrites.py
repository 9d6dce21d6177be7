# mistake: assigns {} to the last path component, wiping a folder already built there
# 错误：给路径最后一段直接赋值 {}，把之前已建好的同名文件夹覆盖掉
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
