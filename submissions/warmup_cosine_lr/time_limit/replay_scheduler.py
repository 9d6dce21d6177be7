"""Correct, but for every queried step replays a stateful scheduler from step 0 up to it."""
import math


class Scheduler:
    def __init__(self, base_lr, warmup_steps, total_steps, min_lr):
        self.base_lr, self.w, self.total, self.min_lr = base_lr, warmup_steps, total_steps, min_lr
        self.t = 0
        self.lr = self._lr()

    def _lr(self):
        if self.t < self.w:
            return self.base_lr * self.t / self.w
        p = min(1.0, (self.t - self.w) / (self.total - self.w))
        return self.min_lr + 0.5 * (self.base_lr - self.min_lr) * (1 + math.cos(math.pi * p))

    def step(self):
        self.t += 1
        self.lr = self._lr()


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr=0.0):
    out = []
    for t in steps:
        s = Scheduler(base_lr, warmup_steps, total_steps, min_lr)
        for _ in range(t):
            s.step()
        out.append(s.lr)
    return out
