"""Calls scipy.special.expit, the library sigmoid."""
from scipy.special import expit


def sigmoid(x):
    return expit(x)
