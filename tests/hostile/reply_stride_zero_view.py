"""attack: harm: a reply that is a stride-0 view declaring 2**50 elements over 8 bytes (materialised, it eats the judge's memory)
problem: vec_add
expect: WA
"""
import json
import struct
import sys

harness = sys.modules["__main__"]


def forged_chunks(flat):
    tree = {"$array": "t0", "kind": "numpy", "view": [[2**25, 2**25], [0, 0], 0]}
    header = {"__metadata__": {"tree": json.dumps(tree)},
              "t0": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}
    hb = json.dumps(header).encode()
    hb += b" " * (-(8 + len(hb)) % 64)
    return [struct.pack("<Q", len(hb)) + hb, b"\0" * 8]


harness._chunks = forged_chunks


def add(a, b, alpha=1.0):
    return a + alpha * b
