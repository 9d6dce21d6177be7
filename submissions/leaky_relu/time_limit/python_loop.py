"""Correct, but one Python step per element."""
import torch


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope=0.01):
        super().__init__()
        self.s = negative_slope

    def forward(self, x):
        self.x = x
        flat = x.reshape(-1).tolist()
        return torch.tensor([v if v > 0 else self.s * v for v in flat], dtype=x.dtype).reshape(x.shape)

    def backward(self, g):
        xs, gs = self.x.reshape(-1).tolist(), g.reshape(-1).tolist()
        return torch.tensor([b if a > 0 else self.s * b for a, b in zip(xs, gs)], dtype=g.dtype).reshape(g.shape)
