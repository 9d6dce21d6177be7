"""Vectorised with NumPy: np.where over the three phases, progress clipped to [0, 1]."""
import numpy as np


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    t = np.asarray(steps, dtype=np.float64)
    progress = np.clip((t - warmup_steps) / (total_steps - warmup_steps), 0.0, 1.0)
    decay = min_lr + (base_lr - min_lr) * 0.5 * (1.0 + np.cos(np.pi * progress))
    warm = base_lr * t / max(warmup_steps, 1)
    return np.where(t < warmup_steps, warm, decay).tolist()
