"""Forbidden: calls the fused kernel through torch._VF.lstm_cell."""
import torch


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    return torch._VF.lstm_cell(x, list(hx), W_ih, W_hh, b_ih, b_hh)
