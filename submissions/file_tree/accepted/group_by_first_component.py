def tree(paths):
    """A third style: recursion; group the paths by their first component."""
    groups = {}
    for path in paths:
        head, _, rest = path.partition("/")
        tails = groups.setdefault(head, [])
        if rest:
            tails.append(rest)
    return {head: tree(tails) for head, tails in groups.items()}
