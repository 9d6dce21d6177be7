"""Forbidden: reaches aten::lstm_cell under a name built at run time (caught at dispatch)."""
import importlib


def lstm_cell(x, hx, W_ih, W_hh, b_ih, b_hh):
    vf = importlib.import_module("torch." + "_V" + "F")
    return getattr(vf, "lstm" + "_cell")(x, list(hx), W_ih, W_hh, b_ih, b_hh)
