"""0.5 * (1 + tanh(x/2)): no overflow, but tanh is -1 + tiny in the negative tail, so relative precision is lost."""
import numpy as np


def sigmoid(x):
    return 0.5 * (1 + np.tanh(x / 2))
