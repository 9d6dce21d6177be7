"""attack: ignore SIGTERM/SIGINT/SIGHUP, then never return
problem: vec_add
expect: TLE
"""
import signal

for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
    signal.signal(sig, signal.SIG_IGN)


def add(a, b, alpha=1.0):
    while True:
        pass
