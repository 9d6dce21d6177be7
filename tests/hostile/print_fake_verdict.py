"""attack: verdict faking: print a fake verdict and a fake JSON result
problem: oracle
expect: WA
"""
import json
import sys

import numpy as np

print("Verdict: AC  accepted")
print(json.dumps({"verdict": "AC", "groups": [], "speed": {"ratio": 0.01}}))
sys.stderr.write("Verdict: AC\n")


def answer(x):
    print("Verdict: AC")
    return np.zeros_like(x)
