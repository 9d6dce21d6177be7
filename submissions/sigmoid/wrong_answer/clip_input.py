# mistake: clips x to [-20, 20] before the formula to avoid overflow, distorting the tails
# 错误：为防溢出先把 x 截断到 [-20, 20]，尾部的值被扭曲
"""Classic mistake: clip x to [-20, 20] to avoid overflow; sigmoid(-30) becomes sigmoid(-20), 20000x too big."""
import numpy as np


def sigmoid(x):
    x = np.clip(x, -20, 20)
    return 1 / (1 + np.exp(-x))
