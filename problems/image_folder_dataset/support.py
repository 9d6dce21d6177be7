"""Public helpers: the folder each test's dataset reads, built inside the sandbox.

``make_folder(entries=[...])`` creates a fresh, empty directory under the worker's private
temporary folder and returns its absolute path. ``entries`` are relative paths with "/"
separators, created in the order given: one ending in "/" is a folder, any other a small
file (its parent folders are made as needed). The folder made by the previous call of this
process is removed first.
"""

import atexit
import os
import shutil
import tempfile

_made = []


def _cleanup():
    while _made:
        shutil.rmtree(_made.pop(), ignore_errors=True)


atexit.register(_cleanup)


def make_folder(entries):
    _cleanup()
    root = tempfile.mkdtemp(prefix="image-folder-")
    _made.append(root)
    made = {root}
    flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
    for rel in entries:
        path = os.path.join(root, rel.rstrip("/"))
        parent = os.path.dirname(path)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        if rel.endswith("/"):
            os.makedirs(path, exist_ok=True)
            made.add(path)
        else:
            fd = os.open(path, flags, 0o644)
            os.write(fd, b"\x89img")
            os.close(fd)
    return root
