# mistake: keeps the order os.listdir returns (arbitrary) instead of sorting the class folders and the file names
# 错误：直接使用 os.listdir 返回的（任意）顺序，没有对类别文件夹和文件名排序
import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        exts = tuple(e.lower() for e in extensions)
        classes = [d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and not d.startswith(".")]
        self.samples = []
        for label, c in enumerate(classes):
            for f in os.listdir(os.path.join(root, c)):
                full = os.path.join(root, c, f)
                if os.path.isfile(full) and not f.startswith(".") and f.lower().endswith(exts):
                    self.samples.append((f"{c}/{f}", label))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        return self.samples[i]
