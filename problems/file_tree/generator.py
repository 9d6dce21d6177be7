"""Inputs for file_tree: a list of "a/b/c" path strings.

Components are non-empty, never "." or "..", and contain no "/"; no path starts or
ends with "/" or contains "//"; at most 40 components. Random lists come from a
random directory tree: new paths extend existing folders, some paths repeat, some
name a folder that other paths go deeper into (before or after them), and names
come from a small pool, so the same name occurs in many folders.
"""

import numpy as np

ALPHABET = np.array(list("abcdefghijklmnopqrstuvwxyz0123456789_-."))

FIXED = {
    "seed": ["news/car/suv", "news/car/sedan", "news/sports/nba", "tech"],
    "prefix_and_duplicate": ["a/b/c", "a/b", "a/b/c", "a/d"],
    "empty": [],
    "single_component": ["readme.md"],
    "duplicates_only": ["x/y", "x/y", "x/y"],
    "prefix_first": ["a/b", "a/b/c"],
    "deeper_first": ["a/b/c", "a/b"],
    "siblings_after_deep_path": ["a/b/c", "a/d", "a/b/e"],
    "same_name_in_different_folders": ["x/data/1", "y/data/2", "data", "y/data/3"],
    "repeated_name_along_path": ["a/a/a", "a/a", "b/a"],
    "spaces_and_dots": ["my docs/report 2024.pdf", "my docs/.hidden", "a.b/c-d_e", "my docs"],
    "unicode_names": ["新闻/汽车/suv", "新闻/体育", "科技"],
    "digit_names": ["1/2/3", "1/10", "01/2"],
}


def _names(rng, pool):
    lengths = rng.integers(1, 9, size=pool)
    letters = ALPHABET[rng.integers(0, len(ALPHABET), size=int(lengths.sum()))]
    out, i = [], 0
    for n in lengths:
        name = "".join(letters[i:i + n])
        i += n
        out.append("d" + name if name in (".", "..") else name)
    return out


def _random_paths(rng, n, pool, max_depth, repeats=0.08, max_new=3):
    names = _names(rng, pool)
    kind = rng.random(n)
    pick = rng.random(n)
    grow = rng.integers(1, max_new + 1, size=n)
    fresh = rng.integers(0, pool, size=(n, 3))
    folders = [()]  # every folder seen so far (the root first)
    known = {()}
    out = []
    for i in range(n):
        if kind[i] < repeats and out:  # a duplicate of an earlier path
            out.append(out[int(pick[i] * len(out))])
            continue
        if kind[i] < 2 * repeats and len(folders) > 1:  # a folder that other paths go deeper into
            out.append("/".join(folders[1 + int(pick[i] * (len(folders) - 1))]))
            continue
        base = folders[int(pick[i] * len(folders))][:max_depth - 1]
        k = min(int(grow[i]), max_depth - len(base))
        path = base
        for j in range(k):
            path = path + (names[fresh[i, j]],)
            if path not in known:
                known.add(path)
                folders.append(path)
        out.append("/".join(path))
    return [out[i] for i in rng.permutation(len(out))]


def generate(rng, mode="random", n=50, pool=20, max_depth=8, repeats=0.08, max_new=3):
    if mode in FIXED:
        return {"paths": list(FIXED[mode])}
    if mode == "deep":  # one path of max_depth components, then some of its prefixes
        parts = [f"level{i}" for i in range(max_depth)]
        cuts = sorted(rng.choice(np.arange(1, max_depth), size=3, replace=False))
        paths = ["/".join(parts)] + ["/".join(parts[:c]) for c in cuts] + ["/".join(parts[:5] + ["side"])]
        return {"paths": paths}
    if mode == "random":
        return {"paths": _random_paths(rng, n, pool, max_depth, repeats, max_new)}
    raise ValueError(mode)
