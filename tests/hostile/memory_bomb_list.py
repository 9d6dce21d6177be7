"""attack: resource abuse: grow a Python list of buffers forever
problem: vec_add
expect: MLE
"""


def add(a, b, alpha=1.0):
    hog = []
    while True:
        hog.append(bytearray(1 << 20))
