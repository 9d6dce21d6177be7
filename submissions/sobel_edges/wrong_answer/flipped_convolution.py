# mistake: applies the kernels by true convolution (flipped), which reverses the sign of gx and gy
# 错误：用真正的卷积（核翻转）作用，gx 和 gy 的符号都反了
import numpy as np


def sobel_edges(image):
    """Classic mistake: the textbook convolution flips the kernel: image[i - a, j - b]."""
    p = np.pad(image, 1)
    h, w = image.shape
    kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    gx = np.zeros_like(image)
    gy = np.zeros_like(image)
    for a in range(3):
        for b in range(3):
            win = p[2 - a:2 - a + h, 2 - b:2 - b + w]
            gx += kx[a, b] * win
            gy += kx[b, a] * win
    return gx, gy
