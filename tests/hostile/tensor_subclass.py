"""attack: correctness faking: a torch.Tensor subclass with __torch_function__ that lies
problem: oracle
expect: WA
"""
import numpy as np
import torch


class Lying(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return torch.zeros(3)


def answer(x):
    return torch.from_numpy(np.zeros_like(x)).as_subclass(Lying)
