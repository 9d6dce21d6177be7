"""pathlib: root.glob("*/*") once, filtered, grouped by class and sorted by (label, name)."""
from pathlib import Path


class ImageFolderDataset:
    def __init__(self, root, extensions):
        root = Path(root)
        suffixes = [s.lower() for s in extensions]
        classes = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
        index = {c: i for i, c in enumerate(classes)}
        items = []
        for p in root.glob("*/*"):
            c = p.parent.name
            if c not in index or p.name.startswith(".") or not p.is_file():
                continue
            if any(p.name.lower().endswith(s) for s in suffixes):
                items.append((index[c], p.name))
        items.sort()
        self.items = [(f"{classes[i]}/{name}", i) for i, name in items]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]
