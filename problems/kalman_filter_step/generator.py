"""Inputs for kalman_filter_step: x [n], P [n,n], F [n,n], Q [n,n], H [m,n], R [m,m], z [m].

All well conditioned: P, Q, R symmetric positive definite (R >= 0.5 I, so S = H P H^T + R is
too), F = I + a random perturbation (``f_scale``), so the predicted state differs from the
prior. ``q_scale`` sizes Q. ``mode="example"`` is a fixed constant-velocity tracker.
"""

import numpy as np


def _spd(rng, d, scale, floor):
    A = rng.standard_normal((d, d)) / np.sqrt(d)
    return scale * (A @ A.T) + floor * np.eye(d)


def generate(rng, mode="random", n=4, m=2, dtype="float64", f_scale=0.3, q_scale=0.5):
    if mode == "example":  # 1-D constant velocity: state (position, velocity), position measured
        dt = 1.0
        out = dict(x=np.array([0.0, 1.0]), P=np.diag([1.0, 1.0]),
                   F=np.array([[1.0, dt], [0.0, 1.0]]), Q=np.diag([0.05, 0.1]),
                   H=np.array([[1.0, 0.0]]), R=np.array([[0.5]]), z=np.array([1.3]))
    else:
        F = np.eye(n) + f_scale * rng.standard_normal((n, n)) / np.sqrt(n)
        out = dict(x=rng.standard_normal(n) * 2.0,
                   P=_spd(rng, n, 1.0, 0.5),
                   F=F,
                   Q=_spd(rng, n, q_scale, 0.1 * q_scale),
                   H=rng.standard_normal((m, n)) / np.sqrt(n),
                   R=_spd(rng, m, 0.5, 0.5),
                   z=rng.standard_normal(m) * 2.0)
    return {k: np.ascontiguousarray(v, dtype=dtype) for k, v in out.items()}
