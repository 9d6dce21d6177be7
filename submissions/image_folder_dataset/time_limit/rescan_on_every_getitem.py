"""Lists and sorts the whole folder again on every __getitem__ (O(n) per item, O(n^2) in all)."""
import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        self.root = root
        self.exts = tuple(e.lower() for e in extensions)

    def _scan(self):
        classes = sorted(d for d in os.listdir(self.root)
                         if not d.startswith(".") and os.path.isdir(os.path.join(self.root, d)))
        out = []
        for label, c in enumerate(classes):
            for f in sorted(os.listdir(os.path.join(self.root, c))):
                full = os.path.join(self.root, c, f)
                if not f.startswith(".") and os.path.isfile(full) and f.lower().endswith(self.exts):
                    out.append((f"{c}/{f}", label))
        return out

    def __len__(self):
        return len(self._scan())

    def __getitem__(self, i):
        return self._scan()[i]
