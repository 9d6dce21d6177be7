"""attack: verdict faking: write a forged reply on the result channel before being asked
problem: oracle
expect: RE
"""
import json
import os
import socket
import struct

import numpy as np

for fd in range(3, 64):
    try:
        s = socket.socket(fileno=os.dup(fd))
        body = json.dumps({"op": "done", "seq": 1, "fn_s": 0.0}).encode()
        s.sendall(struct.pack("<I", len(body)) + body)
        s.detach()
    except OSError:
        pass


def answer(x):
    return np.zeros_like(x)
