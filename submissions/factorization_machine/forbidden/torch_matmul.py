"""Computes the same identity with torch tensors (torch is forbidden in this numpy problem)."""
import torch


def factorization_machine(X, w0, w, V):
    Xt, Vt = torch.from_numpy(X), torch.from_numpy(V)
    s = Xt @ Vt
    pair = 0.5 * (s.pow(2) - Xt.pow(2) @ Vt.pow(2)).sum(1)
    return (w0 + Xt @ torch.from_numpy(w) + pair).numpy()
