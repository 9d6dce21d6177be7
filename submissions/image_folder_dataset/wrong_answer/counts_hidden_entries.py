# mistake: does not skip hidden entries: ._x.jpg files and folders such as .ipynb_checkpoints are counted
# 错误：没有跳过隐藏项：._x.jpg 之类的文件和 .ipynb_checkpoints 之类的文件夹也被计入
import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        exts = tuple(e.lower() for e in extensions)
        classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
        self.samples = []
        for label, c in enumerate(classes):
            for f in sorted(os.listdir(os.path.join(root, c))):
                full = os.path.join(root, c, f)
                if os.path.isfile(full) and f.lower().endswith(exts):
                    self.samples.append((f"{c}/{f}", label))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        return self.samples[i]
