"""Public helpers: the random-number generator that the tests pass as ``generator``.

``generator(seed=...)`` is a fresh CPU ``torch.Generator`` seeded with ``seed``:
the reference and your function each receive their own, in the same state.
"""

import torch


def generator(seed):
    return torch.Generator().manual_seed(int(seed))
