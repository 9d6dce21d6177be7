"""Scripts for ImageFolderDataset: a folder built in the sandbox (support.make_folder), the
dataset made over it, then len(ds) and ds[i] for every index (in a shuffled order; for the
cases about suffix case, only the first half of the indices).

Every directory's entries are created in an order that is neither sorted nor reversed
(where it has three or more), so the order os.listdir / os.scandir return is not the sorted
one on any file system. Modes: ``example``, ``mixed_example`` (fixed), ``uppercase``
(suffixes in other cases than the extensions given), ``hidden`` (.DS_Store, ._x.jpg resource
forks, a hidden folder at the root and inside a class), ``not_files`` (a folder named like an
image inside a class, nested folders whose images do not count, images directly in root),
``empty_class`` (a class folder with no image, sorted first), ``no_images`` (nothing matches),
``names`` (numbers, spaces, unicode, upper case: plain string order), ``random``.
"""

import numpy as np

EXTS = [".jpg", ".jpeg", ".png"]
OTHER = [".txt", ".json", ".gif", ".bmp", ".jpg.txt", ".pngx", ".xml"]


def _case(rng, s):
    mode = rng.integers(0, 3)
    return s.upper() if mode == 0 else s.title() if mode == 1 else s


def _monotone(names):
    return names == sorted(names) or names == sorted(names, reverse=True)


def _children(order):
    """folder -> [(child name, position of its first entry)] in creation order."""
    children = {}
    for pos, e in enumerate(order):
        parts = e.rstrip("/").split("/")
        for depth in range(len(parts)):
            kids = children.setdefault("/".join(parts[:depth]), {})
            kids.setdefault(parts[depth], pos)
    return {k: list(v.items()) for k, v in children.items()}


def _ordered(rng, entries):
    """The entries in a random order in which no folder's children come sorted or reversed:
    where one does, the first entries of its first two children trade places (repeated
    until no folder is monotone)."""
    order = [entries[i] for i in rng.permutation(len(entries))]
    for _ in range(1000):
        bad = [kids for kids in _children(order).values()
               if len(kids) >= 3 and _monotone([k for k, _ in kids])]
        if not bad:
            return order
        (_, p), (_, q) = bad[0][:2]
        order[p], order[q] = order[q], order[p]
    raise RuntimeError("no unsorted order drawn")


def _build(rng, entries, exts, queries="all", epochs=1):
    """``queries``: ds[i] for every index ("all"), all but the last ("all_but_last") or the
    first half ("head"): a dataset that misses a few files then answers wrong rather than
    raising IndexError."""
    from judge.harness import Make

    order = _ordered(rng, entries)
    calls = [[0, "__len__", []]]
    n_samples = _count(entries, exts)
    k = {"all": n_samples, "all_but_last": n_samples - 1, "head": n_samples // 2}[queries]
    for _ in range(epochs):  # timing: a few passes over the data, as a training loop makes
        calls += [[0, "__getitem__", [int(i)]] for i in rng.permutation(max(k, 0))]
    return {"init": [Make("make_folder", entries=order), list(exts)], "calls": calls}


def _count(entries, exts):
    """How many samples (the reference's rule, to script one __getitem__ per index)."""
    lows = tuple(e.lower() for e in exts)
    n = 0
    for e in entries:
        if e.endswith("/"):
            continue
        parts = e.split("/")
        if len(parts) == 2 and not any(p.startswith(".") for p in parts) and parts[1].lower().endswith(lows):
            n += 1
    return n


def _name(rng, k=6):
    letters = "abcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(letters[i] for i in rng.integers(0, len(letters), k))


FIXED = {
    "example": ([".jpg", ".png"], ["dog/d1.jpg", "cat/c2.png", "cat/c1.jpg", "dog/notes.txt", "cat/c3.gif",
                                   "bird/b1.png", "readme.md"]),
    "mixed_example": ([".jpg"], ["zebra/Z1.JPG", "zebra/z2.jpg", "ant/a1.jpg", "ant/.DS_Store", "ant/._a1.jpg",
                                 ".ipynb_checkpoints/a1.jpg", "yak/", "ant/old.jpg/", "ant/old.jpg/x.jpg"]),
}


def generate(rng, mode="random", n_classes=4, n_files=20, p_other=0.2, p_upper=0.2, p_hidden=0.1,
             p_nested=0.05, p_empty=0.1, exts=None, epochs=1):
    exts = list(exts or EXTS)
    if mode in FIXED:
        e, entries = FIXED[mode]
        return _build(rng, entries, e, queries="all_but_last" if mode == "mixed_example" else "all")
    if mode == "uppercase":
        entries = [f"cat/{_name(rng)}{_case(rng, x)}" for x in ["jpg", "JPG", "Jpg", "PNG", "png", "jPeG"] * 2
                   for x in ["." + x]]
        entries += [f"dog/{_name(rng)}.{x}" for x in ["JPG", "jpg", "Png", "TXT", "GIF"]]
        return _build(rng, entries, [".jpg", ".PNG", ".Jpeg"], queries="head")
    if mode == "hidden":
        entries = ["cat/a.jpg", "cat/b.jpg", "cat/.DS_Store", "cat/._a.jpg", "cat/.hidden.png", "dog/x.png",
                   "dog/.cache/y.png", ".ipynb_checkpoints/c.jpg", ".git/", ".trash/cat.jpg", ".DS_Store",
                   "emu/e.jpg", "emu/._e.jpg"]
        return _build(rng, entries, exts)
    if mode == "not_files":
        entries = ["cat/a.jpg", "cat/album.jpg/", "cat/album.jpg/inner.jpg", "cat/sub/deep.jpg", "cat/z.png",
                   "dog/b.jpg", "dog/x.png/", "root_level.jpg", "another.png", "eel/e.jpeg", "eel/deeper/f.jpeg"]
        return _build(rng, entries, exts)
    if mode == "empty_class":
        entries = ["aardvark/", "bee/readme.txt", "cat/c1.jpg", "cat/c2.jpg", "dog/d.png", "eel/", "fox/f.jpg"]
        return _build(rng, entries, exts)
    if mode == "no_images":
        entries = ["cat/a.txt", "dog/", "x.jpg", ".hidden/y.jpg"]
        return _build(rng, entries, exts)
    if mode == "names":
        entries = ["class 10/img10.jpg", "class 10/img2.jpg", "class 10/img1.jpg", "class 2/Img3.jpg",
                   "class 2/img 3.jpg", "class 2/IMG4.jpg", "Class 1/x.jpg", "猫/图片1.jpg", "猫/a.jpg",
                   "_under/u.jpg", "-dash/d.jpg", "class 2/img_3.jpg"]
        return _build(rng, entries, exts)
    if mode != "random":
        raise ValueError(mode)
    classes = sorted({_name(rng, int(rng.integers(3, 9))) for _ in range(n_classes)})
    entries = []
    for c in classes:
        if rng.random() < p_empty:
            entries.append(f"{c}/")
    cls = rng.integers(0, len(classes), n_files)
    kind = rng.random(n_files)
    names = set()
    for i in range(n_files):
        base = _name(rng, int(rng.integers(2, 10)))
        c = classes[cls[i]]
        k = kind[i]
        if k < p_other:
            ext = OTHER[int(rng.integers(0, len(OTHER)))]
        else:
            ext = exts[int(rng.integers(0, len(exts)))]
            if rng.random() < p_upper:
                ext = _case(rng, ext)
        if k > 1 - p_hidden:
            base = "." + base if rng.random() < 0.5 else "._" + base
        elif k > 1 - p_hidden - p_nested:
            base = _name(rng, 3) + "/" + base
        path = f"{c}/{base}{ext}"
        if path in names:
            continue
        names.add(path)
        entries.append(path)
    return _build(rng, entries, exts, epochs=epochs)
