"""attack: a daemon process (double fork, new session) that would outlive the run
problem: vec_add
expect: AC
"""
import os

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv("/bin/sleep", ["sleep", "4242.4242"])
    os._exit(0)


def add(a, b, alpha=1.0):
    return a + alpha * b
