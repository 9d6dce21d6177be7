"""attack: timing faking: do fifteen times the work and claim the time as NaN (NaN passes every comparison)
problem: vec_add
expect: TLE
"""
import sys

harness = sys.modules["__main__"]
send = harness.Channel.send


def lying_send(self, obj, fds=()):
    if obj.get("op") == "done":
        obj = {**obj, "fn_s": float("nan")}
    return send(self, obj, fds)


harness.Channel.send = lying_send


def add(a, b, alpha=1.0):
    for _ in range(15):
        out = a + alpha * b
    return out
