# mistake: computes only the valid region without zero padding, returning [H - 2, W - 2] outputs
# 错误：不补 0，只计算 valid 区域，输出形状为 [H - 2, W - 2]
import numpy as np


def sobel_edges(image):
    """Classic mistake: 'valid' correlation, the border pixels dropped."""
    d = image[:, 2:] - image[:, :-2]
    e = image[2:, :] - image[:-2, :]
    return d[:-2] + 2 * d[1:-1] + d[2:], e[:, :-2] + 2 * e[:, 1:-1] + e[:, 2:]
