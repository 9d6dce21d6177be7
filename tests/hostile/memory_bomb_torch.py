"""attack: resource abuse: allocate and touch far more than the memory limit (torch)
problem: vec_add
expect: MLE
"""
import torch


def add(a, b, alpha=1.0):
    hog = torch.ones(1 << 30, dtype=torch.float32)
    return a + alpha * b + float(hog[0]) - 1
