"""attack: leak: fetch the secret from a server on the host's loopback
problem: oracle
expect: WA
needs: network
"""
import socket

import numpy as np


def _secret():
    for host in ("127.0.0.1", "localhost", "172.17.0.1", "10.0.2.2"):
        try:
            with socket.create_connection((host, 48613), timeout=0.5) as s:
                return float(s.recv(64).decode().split("=")[1])
        except (OSError, ValueError, IndexError):
            continue
    return None


def answer(x):
    s = _secret()
    return x * 3.0 + s if s is not None else np.zeros_like(x)
