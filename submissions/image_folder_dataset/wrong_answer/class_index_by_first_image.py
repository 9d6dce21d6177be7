# mistake: numbers the classes in order of their first image, so a class folder without images takes no index
# 错误：按类别中第一张图片出现的顺序编号，没有图片的类别文件夹不占编号
import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        exts = tuple(e.lower() for e in extensions)
        self.class_to_idx = {}
        self.samples = []
        for c in sorted(os.listdir(root)):
            if c.startswith(".") or not os.path.isdir(os.path.join(root, c)):
                continue
            for f in sorted(os.listdir(os.path.join(root, c))):
                full = os.path.join(root, c, f)
                if os.path.isfile(full) and not f.startswith(".") and f.lower().endswith(exts):
                    label = self.class_to_idx.setdefault(c, len(self.class_to_idx))
                    self.samples.append((f"{c}/{f}", label))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        return self.samples[i]
