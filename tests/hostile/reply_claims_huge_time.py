"""attack: harm: claim a call's time as an integer of 400 digits (float() of it overflows in the judge)
problem: vec_add
expect: AC
"""
import sys

harness = sys.modules["__main__"]
send = harness.Channel.send


def lying_send(self, obj, fds=()):
    if obj.get("op") == "done":
        obj = {**obj, "fn_s": 10**400, "device_s": -(10**400), "gpu_peak": 10**400}
    return send(self, obj, fds)


harness.Channel.send = lying_send


def add(a, b, alpha=1.0):
    return a + alpha * b
