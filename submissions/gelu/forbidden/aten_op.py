"""Reaches the same operator through torch.ops under another name (refused at dispatch: aten::gelu)."""
import torch


def gelu(x, approximate="none"):
    op = getattr(torch.ops, "aten")
    return getattr(op, "ge" + "lu")(x, approximate=approximate)
