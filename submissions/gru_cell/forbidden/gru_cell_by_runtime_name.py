"""Forbidden: reaches aten::gru_cell under a name built at run time (caught at dispatch)."""
import importlib


def gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    mod = importlib.import_module("tor" + "ch")
    return getattr(mod, "gru" + "_cell")(x, h, W_ih, W_hh, b_ih, b_hh)
