"""attack: harm: a reply nested two hundred thousand lists deep (the judge's parser recurses)
problem: vec_add
expect: WA
"""
import json
import struct
import sys

harness = sys.modules["__main__"]


def forged_chunks(flat):
    tree = "[" * 200_000 + "]" * 200_000
    hb = json.dumps({"__metadata__": {"tree": tree}}).encode()
    hb += b" " * (-(8 + len(hb)) % 64)
    return [struct.pack("<Q", len(hb)) + hb]


harness._chunks = forged_chunks


def add(a, b, alpha=1.0):
    return a + alpha * b
