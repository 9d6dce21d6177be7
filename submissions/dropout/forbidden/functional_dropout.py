"""Calls torch.nn.functional.dropout (which draws from the global RNG anyway)."""
import torch
import torch.nn.functional as F


def dropout(x, p, training, generator):
    torch.manual_seed(generator.initial_seed())
    return F.dropout(x, p=p, training=training)
