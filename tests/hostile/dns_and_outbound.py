"""attack: leak: resolve a name and open an outbound connection (exfiltration channel)
problem: oracle
expect: WA
needs: network
"""
import socket

import numpy as np


def answer(x):
    try:
        socket.getaddrinfo("pypi.org", 443)
        with socket.create_connection(("1.1.1.1", 53), timeout=0.5):
            return x * 3.0  # a reachable network: the judge would have been told
    except OSError:
        pass
    return np.zeros_like(x)
