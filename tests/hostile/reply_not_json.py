"""attack: harm: answer each call with bytes that are not a message at all
problem: vec_add
expect: RE
"""
import struct
import sys

harness = sys.modules["__main__"]
send = harness.Channel.send


def garbage_send(self, obj, fds=()):
    if obj.get("op") == "done":
        data = b"[" * 100_000
        self.sock.sendall(struct.pack("<I", len(data)) + data)
        return None
    return send(self, obj, fds)


harness.Channel.send = garbage_send


def add(a, b, alpha=1.0):
    return a + alpha * b
