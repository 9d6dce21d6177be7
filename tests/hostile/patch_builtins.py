"""attack: correctness faking: patch builtins the judge might compare with
problem: oracle
expect: WA
"""
import builtins

builtins.abs = lambda x: 0
builtins.max = lambda *a, **k: 0
builtins.all = lambda *a, **k: True


def answer(x):
    return x
