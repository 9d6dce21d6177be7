"""Correct formula, every pixel visited in Python loops."""
import torch


def normalize_image(x, mean, std):
    batch = x.reshape(-1, *x.shape[-3:]).tolist()
    for img in batch:
        for c, plane in enumerate(img):
            m, s = mean[c], std[c]
            for row in plane:
                for j in range(len(row)):
                    row[j] = (row[j] - m) / s
    return torch.tensor(batch, dtype=x.dtype).reshape(x.shape)
