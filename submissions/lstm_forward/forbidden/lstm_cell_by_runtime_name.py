"""Forbidden: loops over time itself but reaches aten::lstm_cell under a name built at run
time (caught at dispatch)."""
import importlib

import torch


def lstm_forward(x, hx, W_ih, W_hh, b_ih, b_hh):
    cell = getattr(importlib.import_module("torch." + "_V" + "F"), "lstm" + "_cell")
    h, c = hx
    outs = []
    for x_t in x:
        h, c = cell(x_t, [h, c], W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return torch.stack(outs), (h, c)
