# mistake: matches the suffix case-sensitively, so photo.JPG is skipped when ".jpg" is asked for
# 错误：后缀匹配区分大小写，要求 ".jpg" 时漏掉了 photo.JPG
import os


class ImageFolderDataset:
    def __init__(self, root, extensions):
        exts = tuple(extensions)
        classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and not d.startswith("."))
        self.samples = []
        for label, c in enumerate(classes):
            for f in sorted(os.listdir(os.path.join(root, c))):
                full = os.path.join(root, c, f)
                if os.path.isfile(full) and not f.startswith(".") and f.endswith(exts):
                    self.samples.append((f"{c}/{f}", label))

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        return self.samples[i]
