"""torch.where on the sign, the input kept for backward."""
import torch


class LeakyReLU(torch.nn.Module):
    def __init__(self, negative_slope=0.01):
        super().__init__()
        self.negative_slope = negative_slope

    def forward(self, x):
        self.mask = x > 0
        return torch.where(self.mask, x, self.negative_slope * x)

    def backward(self, grad_output):
        return torch.where(self.mask, grad_output, self.negative_slope * grad_output)
