"""attack: verdict faking: answer a call twice, the second reply forged with no data
problem: vec_add
expect: RE
"""
import json
import os
import socket
import struct

_seq = [0]


def add(a, b, alpha=1.0):
    _seq[0] += 1
    for fd in range(3, 64):
        try:
            s = socket.socket(fileno=os.dup(fd))
            body = json.dumps({"op": "done", "seq": _seq[0] + 1, "fn_s": 0.0}).encode()
            s.sendall(struct.pack("<I", len(body)) + body)
            s.detach()
        except OSError:
            pass
    return a + alpha * b
