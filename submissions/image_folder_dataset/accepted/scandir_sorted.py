"""os.scandir: sorted non-hidden class folders, then the sorted matching files of each."""
import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        exts = tuple(e.lower() for e in extensions)
        classes = sorted(e.name for e in os.scandir(root) if e.is_dir() and not e.name.startswith("."))
        self.class_to_idx = {c: i for i, c in enumerate(classes)}
        self.samples = []
        for c in classes:
            names = [e.name for e in os.scandir(os.path.join(root, c))
                     if e.is_file() and not e.name.startswith(".") and e.name.lower().endswith(exts)]
            for n in sorted(names):
                self.samples.append((c + "/" + n, self.class_to_idx[c]))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, idx):
        path, label = self.samples[idx]
        return path, label
