"""ImageFolder-style dataset: classes are the sorted non-hidden sub-folders of root; samples
are the non-hidden regular files directly inside a class folder whose name ends, case-
insensitively, with one of the extensions; ordered by class index, then by file name."""

import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        exts = tuple(e.lower() for e in extensions)
        with os.scandir(root) as it:
            classes = sorted(e.name for e in it if e.is_dir() and not e.name.startswith("."))
        samples = []
        for label, name in enumerate(classes):
            with os.scandir(os.path.join(root, name)) as it:
                files = sorted(e.name for e in it
                               if not e.name.startswith(".") and e.is_file()
                               and e.name.lower().endswith(exts))
            samples += [(f"{name}/{f}", label) for f in files]
        self.classes = classes
        self.samples = samples

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        return self.samples[i]
