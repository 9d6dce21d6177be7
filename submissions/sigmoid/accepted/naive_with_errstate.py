"""The textbook 1/(1+exp(-x)) with overflow silenced: exp(-x) = inf gives 1/inf = 0, which is right.

For x < 0 the large exp(-x) keeps full relative precision, so the value is correct everywhere;
only the overflow warning had to be silenced.
"""
import numpy as np


def sigmoid(x):
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))
