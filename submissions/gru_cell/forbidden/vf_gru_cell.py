"""Forbidden: calls the fused kernel through torch._VF.gru_cell."""
import torch


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    return torch._VF.gru_cell(x, h, W_ih, W_hh, b_ih, b_hh)
