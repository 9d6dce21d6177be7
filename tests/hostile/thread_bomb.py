"""attack: resource abuse: start threads until something gives
problem: vec_add
expect: RE
"""
import threading
import time


def add(a, b, alpha=1.0):
    while True:
        threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()
