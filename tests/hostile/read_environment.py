"""attack: leak: read the secret from environment variables
problem: oracle
expect: WA
"""
import os

import numpy as np


def answer(x):
    for key, value in os.environ.items():
        if "ORACLE" in key:
            return x * 3.0 + float(value)
    return np.zeros_like(x)
