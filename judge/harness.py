"""The untrusted side of the judge: the only file a sandboxed process runs.

It imports nothing from ``judge/`` (it runs alone, from a read-only mount, inside
a container or a namespace), and everything it says is a claim: the parent's
clock, the kernel's CPU and memory accounting and the parent's own comparison
of the returned data are the truth.

Processes
    zygote   ``python -I harness.py zygote --fd N | --socket PATH [...]``. Confines
             itself (see *confinement*), imports the framework once (numpy,
             torch), freezes the garbage collector, then forks one worker per
             ``spawn`` request. It never loads submitted code.
    worker   a fork of the zygote, further confined (own pid and mount
             namespaces, a private ``/tmp``, rlimits, no privileges), talking to
             the parent on its own socket. It loads one module (a submission
             or the reference) and answers one call per request.

Wire
    A stream socket; each message is a little-endian u32 length and a JSON
    object. File descriptors travel with the first byte of their message
    (SCM_RIGHTS). Parent -> zygote: ``spawn {id, limits}`` + [worker socket,
    output pipe]. Zygote -> parent: ``ready {pid, confinement, versions}``,
    ``spawned {id, pid}``, ``exited {id, code, signal}``.
    Parent -> worker: ``load {source, filename, entry, framework, forbidden,
    forbidden_ops, device}``, ``call {seq}`` + [input blob], ``exit``. Worker -> parent:
    ``loaded {params}`` | ``failed {kind, message, traceback}``,
    ``done {seq, fn_s, device_s?, gpu_peak?}`` + [output blob] |
    ``raised {seq, kind, type, message, traceback}``.

Data
    A blob is a file (memfd, or an unlinked temporary file) in the layout of
    safetensors: u64 header length, a JSON header naming each buffer's dtype,
    shape and byte range, raw little-endian buffers. ``__metadata__.tree`` holds
    the value as JSON, arrays as ``{"$array": name}``. No pickle anywhere.

Exit codes of a worker: 0 after ``exit``; 71 if it could not be set up (the
judge's fault); 70 if the harness broke while serving; anything else is a crash.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import inspect
import json
import linecache
import math
import os
import signal
import socket
import struct
import sys
import tempfile
import time
import traceback
import types
from typing import Any

MAX_MESSAGE = 16 << 20
MAX_DEPTH = 64  # how deep a value may nest (encode refuses deeper; decode too)
EXIT_SERVE = 70  # the harness failed while serving calls
EXIT_SETUP = 71  # the worker could not be set up (never the submission's fault)
TRACEBACK_CHARS = 4000

# --------------------------------------------------------------------------- wire


class Channel:
    """Length-prefixed JSON messages with file descriptors on a stream socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._buf = bytearray()
        self._consumed = 0  # stream offset of _buf[0]
        self._fds: list[tuple[int, list[int]]] = []  # (stream offset, fds)

    def send(self, obj: dict, fds: list[int] | tuple[int, ...] = ()) -> None:
        data = json.dumps(obj, separators=(",", ":")).encode()
        frame = struct.pack("<I", len(data)) + data
        sent = socket.send_fds(self.sock, [frame], list(fds)) if fds else 0
        self.sock.sendall(frame[sent:])

    def pending(self) -> bool:
        """True when a whole message is already buffered."""
        if len(self._buf) < 4:
            return False
        return len(self._buf) >= 4 + struct.unpack_from("<I", self._buf)[0]

    def fill(self) -> bool:
        """Read what the socket has (blocking once); False on end of stream."""
        try:
            data, fds, _flags, _addr = socket.recv_fds(self.sock, 1 << 20, 16)
        except (ConnectionResetError, BrokenPipeError):
            return False
        if fds:
            self._fds.append((self._consumed + len(self._buf), list(fds)))
        if not data:
            for fd in fds:
                os.close(fd)
            return False
        self._buf += data
        return True

    def take(self) -> tuple[dict, list[int]]:
        """Pop one buffered message (call only when ``pending()``)."""
        (n,) = struct.unpack_from("<I", self._buf)
        if n > MAX_MESSAGE:
            raise ValueError(f"message of {n} bytes")
        start = self._consumed
        try:
            obj = json.loads(bytes(self._buf[4 : 4 + n]))
        except (ValueError, RecursionError) as e:  # a peer that writes garbage: a message saying so
            obj = {"op": "malformed", "error": f"{type(e).__name__}: {str(e)[:200]}"}
        del self._buf[: 4 + n]
        self._consumed += 4 + n
        fds: list[int] = []
        keep = []
        for offset, group in self._fds:
            if offset == start:
                fds.extend(group)
            elif offset < start:  # fds sent with no message of their own
                for fd in group:
                    os.close(fd)
            else:
                keep.append((offset, group))
        self._fds = keep
        if not isinstance(obj, dict):
            obj = {"op": "malformed", "error": "a message that is not an object"}
        return obj, fds

    def recv(self) -> tuple[dict, list[int]] | None:
        """Block for the next message; None at end of stream."""
        while not self.pending():
            if len(self._buf) >= 4 and struct.unpack_from("<I", self._buf)[0] > MAX_MESSAGE:
                raise ValueError("oversized message")
            if not self.fill():
                return None
        return self.take()


# --------------------------------------------------------------------------- data

_CODES = {
    "F64": "<f8", "F32": "<f4", "F16": "<f2", "BF16": "<u2",
    "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "|i1",
    "U64": "<u8", "U32": "<u4", "U16": "<u2", "U8": "|u1", "BOOL": "|b1",
}
_BY_NUMPY = {"<f8": "F64", "<f4": "F32", "<f2": "F16", "<i8": "I64", "<i4": "I32",
             "<i2": "I16", "|i1": "I8", "<u8": "U64", "<u4": "U32", "<u2": "U16",
             "|u1": "U8", "|b1": "BOOL"}
_TORCH_NAMES = {"float64": "F64", "float32": "F32", "float16": "F16", "bfloat16": "BF16",
                "int64": "I64", "int32": "I32", "int16": "I16", "int8": "I8",
                "uint8": "U8", "bool": "BOOL"}
ALIGN = 64


class Unsupported(Exception):
    """A value that is not plain data (object arrays, lying or lazy objects)."""


class Make:
    """An argument built inside the sandbox by the problem's public ``support.py``:
    ``Make("bigram_step", table=t)`` arrives as ``support.bigram_step(table=t)``. For
    callables and stateful objects (a step function, a ``torch.Generator``) that no
    data format can carry."""

    def __init__(self, factory: str, **kwargs: Any) -> None:
        self.factory, self.kwargs = factory, kwargs

    def __repr__(self) -> str:
        return f"{self.factory}({', '.join(f'{k}=…' for k in self.kwargs)})"


SEALS = ("F_SEAL_WRITE", "F_SEAL_SHRINK", "F_SEAL_GROW", "F_SEAL_SEAL")


def new_blob_fd() -> int:
    """An anonymous file: a memfd (sealable) where the OS has one, else an unlinked temp file."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("blob", os.MFD_CLOEXEC | getattr(os, "MFD_ALLOW_SEALING", 0))
    fd, path = tempfile.mkstemp(prefix="mljudge-blob-")
    os.unlink(path)
    return fd


def seal(fd: int) -> bool:
    """Make a blob immutable for everyone who holds it (Linux memfds); False where it cannot be."""
    import fcntl

    if not all(hasattr(fcntl, name) for name in SEALS):
        return False
    try:
        fcntl.fcntl(fd, fcntl.F_ADD_SEALS, sum(getattr(fcntl, name) for name in SEALS))
        return True
    except OSError:
        return False


def sealed(fd: int) -> bool:
    """Whether nobody can change this blob any more (so it can be read in place)."""
    import fcntl

    if not hasattr(fcntl, "F_GET_SEALS"):
        return False
    try:
        need = fcntl.F_SEAL_WRITE | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW
        return fcntl.fcntl(fd, fcntl.F_GET_SEALS) & need == need
    except OSError:
        return False


def _write_all(fd: int, data: Any) -> None:
    view = memoryview(data).cast("B")
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _np():
    import numpy

    return numpy


def _is_torch_tensor(x: Any) -> bool:
    return type(x).__module__.startswith("torch") and hasattr(x, "untyped_storage")


def _tensor_leaf(x: Any) -> tuple[str, Any, tuple[int, ...], str]:
    """(code, numpy buffer, shape, kind) for a plain torch.Tensor; rejects subclasses."""
    import torch

    if type(x) not in (torch.Tensor, torch.nn.Parameter):
        raise Unsupported(f"a {type(x).__module__}.{type(x).__qualname__} (a Tensor subclass)")
    t = torch.Tensor.detach(x)
    name = str(t.dtype).replace("torch.", "")
    code = _TORCH_NAMES.get(name)
    if code is None:
        raise Unsupported(f"a tensor of dtype {name}")
    if t.layout != torch.strided:
        raise Unsupported(f"a tensor with layout {t.layout}")
    t = t.cpu().contiguous()
    if code == "BF16":
        buf = t.view(torch.int16).numpy().view("<u2")
    else:
        buf = t.numpy()
    return code, buf, tuple(t.shape), "torch"


def _array_leaf(x: Any) -> tuple[str, Any, tuple[int, ...], str]:
    np = _np()
    a = np.ndarray.view(x, np.ndarray) if isinstance(x, np.ndarray) else np.asarray(x)
    if type(a) is not np.ndarray:
        raise Unsupported(f"a {type(x).__qualname__}")
    if a.dtype.kind not in "biuf" or a.dtype.str.lstrip("<>=|") not in {
        s.lstrip("<>=|") for s in _BY_NUMPY
    }:
        raise Unsupported(f"an array of dtype {a.dtype}")
    a = np.asarray(a, dtype=a.dtype.newbyteorder("<"))
    if not a.flags.c_contiguous:
        a = a.copy(order="C")  # (np.ascontiguousarray would make a 0-d array 1-d)
    return _BY_NUMPY[a.dtype.str], a, tuple(a.shape), "numpy"


def encode(value: Any, fd: int | None = None, *, strict: bool = False, views: bool = False) -> int:
    """Write ``value`` as a blob into ``fd`` (a new one if None); returns the fd.

    Arrays (numpy, torch) become buffers; dicts with string keys, lists, tuples,
    strings, numbers, booleans and None stay JSON. Anything else becomes an
    ``{"$unsupported": reason}`` marker, or raises ``Unsupported`` if strict.
    ``views`` keeps non-contiguous arrays non-contiguous on the other side
    (inputs); without it every array arrives contiguous (outputs).
    """
    return write_flat(flatten(value, strict=strict, views=views), fd)


def flatten(value: Any, *, strict: bool = False, views: bool = False) -> tuple[Any, list]:
    """``value`` as plain data: (a JSON-able tree, the contiguous buffers it names).

    A worker does this inside its timed span, so the copy that turns a view into
    plain data is charged to whoever returned the view. Containers are read through
    the base types' own methods (``tuple.__getitem__``…): a subclass's ``__iter__``
    or ``keys`` never runs here, off anyone's clock."""
    np = sys.modules.get("numpy")
    buffers: list[tuple[str, dict, Any]] = []
    offset = 0

    def leaf(x: Any, strided: bool) -> dict:
        nonlocal offset
        view = None
        if _is_torch_tensor(x):
            if strided and not x.is_contiguous() and x.numel():
                import torch

                view = [list(x.shape), list(x.stride()), 0]
                span = 1 + sum((s - 1) * st for s, st in zip(x.shape, x.stride()))
                x = torch.as_strided(x, (span,), (1,), x.storage_offset())
            code, buf, shape, kind = _tensor_leaf(x)
        else:
            if strided and isinstance(x, np.ndarray) and not x.flags.c_contiguous and x.size \
                    and all(st >= 0 and st % x.itemsize == 0 for st in x.strides):
                view = [list(x.shape), [st // x.itemsize for st in x.strides], 0]
                span = 1 + sum((s - 1) * st for s, st in zip(x.shape, view[1]))
                x = np.lib.stride_tricks.as_strided(x, (span,), (x.itemsize,))
            code, buf, shape, kind = _array_leaf(x)
        name = f"t{len(buffers)}"
        nbytes = buf.nbytes
        buffers.append((name, {"dtype": code, "shape": list(shape),
                               "data_offsets": [offset, offset + nbytes]}, buf))
        offset += nbytes
        pad = -offset % ALIGN
        if pad:
            offset += pad
            buffers.append(("", {}, b"\0" * pad))
        out = {"$array": name, "kind": kind}
        if view:
            out["view"] = view
        return out

    def walk(x: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise Unsupported(f"a value nested more than {MAX_DEPTH} levels deep")
        if x is None or type(x) in (bool, int, str):
            return x
        if type(x) is float:
            return x if math.isfinite(x) else {"$float": repr(x)}
        if np is not None and isinstance(x, (np.ndarray, np.generic)):
            return leaf(x, strided=views)
        if _is_torch_tensor(x):
            return leaf(x, strided=views)
        if type(x) is Make:
            return {"$make": x.factory, "args": walk(x.kwargs, depth + 1)}
        if isinstance(x, dict):
            out = {}
            for k in list(dict.keys(x)):
                if type(k) is not str:
                    raise Unsupported(f"a dict with a {type(k).__name__} key")
                out[k] = walk(dict.__getitem__(x, k), depth + 1)
            return {"$dict": out} if any(k.startswith("$") for k in out) else out
        if isinstance(x, tuple):  # tuples stay tuples (a stride pair, a returned pair, torch.return_types)
            return {"$tuple": [walk(tuple.__getitem__(x, i), depth + 1) for i in range(tuple.__len__(x))]}
        if isinstance(x, list):
            return [walk(list.__getitem__(x, i), depth + 1) for i in range(list.__len__(x))]
        if isinstance(x, (bool, int, float)) and not isinstance(x, type):
            raise Unsupported(f"a {type(x).__qualname__} (a subclass of a number)")
        raise Unsupported(f"a {type(x).__module__}.{type(x).__qualname__}")

    try:
        tree = walk(value, 0)
    except Unsupported as e:
        if strict:
            raise
        buffers = []
        tree = {"$unsupported": str(e)}
    except RecursionError:
        buffers = []
        tree = {"$unsupported": "a value nested too deeply"}
    finally:
        walk = leaf = None  # noqa: F841 - break the closures' cycle: it would keep the arrays alive
    return tree, buffers


def _chunks(flat: tuple[Any, list]) -> list[Any]:
    """The bytes of a blob, in order: the length-prefixed header, then each buffer."""
    tree, buffers = flat
    header: dict[str, Any] = {"__metadata__": {"tree": json.dumps(tree)}}
    for name, meta, _ in buffers:
        if name:
            header[name] = meta
    hb = json.dumps(header, separators=(",", ":")).encode()
    hb += b" " * (-(8 + len(hb)) % ALIGN)
    out: list[Any] = [struct.pack("<Q", len(hb)) + hb]
    for _, _, buf in buffers:
        if isinstance(buf, bytes):
            out.append(buf)
        elif buf.size:
            out.append(buf.reshape(-1).view("u1"))
    return out


def write_flat(flat: tuple[Any, list], fd: int | None = None) -> int:
    """Write what ``flatten`` made as a blob into ``fd`` (a new one if None); returns the fd."""
    if fd is None:
        fd = new_blob_fd()
    for chunk in _chunks(flat):
        _write_all(fd, chunk)
    return fd


def write_into(flat: tuple[Any, list], target: Any) -> int | None:
    """Write what ``flatten`` made into ``target`` (a writable mapping) from its start; the
    bytes written, or None (nothing written) if it does not fit."""
    chunks = _chunks(flat)
    views = [memoryview(c).cast("B") for c in chunks]
    total = sum(v.nbytes for v in views)
    if total > len(target):
        return None
    pos = 0
    for v in views:
        target[pos:pos + v.nbytes] = v
        pos += v.nbytes
    return total


def new_arena(size: int) -> int:
    """A reply arena: a memfd of ``size`` bytes, its pages touched once here (so neither side
    pays for them inside a timed call) and its size sealed. A worker writes each reply's blob
    into it instead of into a new file: a fresh file's pages cost about as much as a
    memory-bound call itself. The judge copies a reply out before using it."""
    import fcntl

    fd = new_blob_fd()
    os.ftruncate(fd, size)
    chunk = bytes(min(size, 1 << 22))
    pos = 0
    while pos < size:
        pos += os.pwrite(fd, chunk[:size - pos], pos)
    if hasattr(fcntl, "F_ADD_SEALS"):
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_GROW | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_SEAL)
    return fd


class Array:
    """An array leaf as the parent sees it: numpy data plus the sender's dtype and kind."""

    __slots__ = ("data", "dtype", "kind")

    def __init__(self, data: Any, dtype: str, kind: str) -> None:
        self.data, self.dtype, self.kind = data, dtype, kind

    def __repr__(self) -> str:
        return f"Array({self.dtype}{list(self.data.shape)}, {self.kind})"


def decode(buffer: Any, *, as_values: bool, torch_device: str | None = None, support: Any = None,
           views: bool = True) -> Any:
    """Parse a blob held in ``buffer`` (bytes or mmap).

    ``as_values`` (worker side): arrays become numpy arrays or torch tensors
    sharing ``buffer``, ``$make`` leaves objects built by ``support``. Otherwise
    (parent side): arrays become ``Array``, ``$make`` leaves ``Make``.
    ``views=False`` (a worker's reply, which the judge reads): strided views are
    refused, as are trees nested deeper than encode makes and integers outside int64.
    """
    np = _np()
    if len(buffer) < 8:
        raise ValueError("blob shorter than its header")
    (hlen,) = struct.unpack_from("<Q", buffer)
    if hlen > len(buffer) - 8 or hlen > MAX_MESSAGE:
        raise ValueError("blob header larger than the blob")
    header = json.loads(bytes(buffer[8 : 8 + hlen]))
    tree = json.loads(header["__metadata__"]["tree"])
    base = 8 + hlen

    def array(ref: dict) -> Any:
        meta = header[ref["$array"]]
        code = meta["dtype"]
        shape = tuple(int(s) for s in meta["shape"])
        lo, hi = (int(v) for v in meta["data_offsets"])
        dt = np.dtype(_CODES[code])
        count = math.prod(shape)
        if hi - lo != count * dt.itemsize or base + hi > len(buffer) or lo < 0:
            raise ValueError("array outside its blob")
        flat = np.frombuffer(buffer, dt, count, base + lo) if count else np.empty(0, dt)
        view = ref.get("view")
        if view and not views:
            raise ValueError("a strided view in a reply (outputs travel contiguous)")
        if min(shape, default=0) < 0:
            raise ValueError("a negative dimension")
        if view:
            vshape, vstrides, voff = (tuple(int(v) for v in view[0]), [int(v) for v in view[1]], int(view[2]))
            span = 1 + sum((n - 1) * st for n, st in zip(vshape, vstrides)) if math.prod(vshape) else 0
            if min(vstrides, default=0) < 0 or voff < 0 or voff + span > count:
                raise ValueError("array view outside its buffer")
        if not as_values:
            data = np.lib.stride_tricks.as_strided(flat[voff:], vshape, [st * dt.itemsize for st in vstrides],
                                                   writeable=False) if view else flat.reshape(shape)
            if code == "BF16":
                data = (data.astype("<u4") << 16).view("<f4")
            return Array(data, code, ref.get("kind", "numpy"))
        if ref.get("kind") == "torch":
            import torch

            t = torch.from_numpy(flat.view("<i2")).view(torch.bfloat16) if code == "BF16" \
                else torch.from_numpy(flat)
            t = torch.as_strided(t, vshape, vstrides, voff) if view else t.reshape(shape)
            return t.to(torch_device) if torch_device else t
        if view:
            return np.lib.stride_tricks.as_strided(flat[voff:], vshape, [st * dt.itemsize for st in vstrides])
        return flat.reshape(shape)

    def leaf(v: Any, depth: int) -> Any:
        if isinstance(v, (list, dict)):
            return walk(v, depth + 1)
        if type(v) is int and not -2**63 <= v < 2**64:
            raise ValueError("an integer outside 64 bits")
        return v

    def walk(x: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise ValueError(f"a value nested more than {MAX_DEPTH} levels deep")
        if isinstance(x, list):
            return [leaf(v, depth) for v in x]
        if isinstance(x, dict):
            if "$array" in x:
                return array(x)
            if "$float" in x:
                return float(x["$float"])
            if "$dict" in x:
                return {k: leaf(v, depth) for k, v in x["$dict"].items()}
            if "$tuple" in x:  # the judge compares lists and tuples alike
                items = [leaf(v, depth) for v in x["$tuple"]]
                return tuple(items) if as_values else items
            if "$unsupported" in x:
                raise Unsupported(x["$unsupported"])
            if "$make" in x:
                kwargs = walk(x.get("args") or {}, depth + 1)
                if not as_values:
                    return Make(str(x["$make"]), **kwargs)
                factory = getattr(support, str(x["$make"]), None)
                if factory is None:
                    raise ValueError(f"support.py has no {x['$make']!r}")
                return factory(**kwargs)
            return {k: leaf(v, depth) for k, v in x.items()}
        return leaf(x, depth)

    try:
        return walk(tree)
    finally:
        walk = array = None  # noqa: F841 - break the closures' cycle: it would keep ``buffer`` alive


def map_arrays(tree: Any, fn: Any) -> Any:
    """``tree`` (a decoded value) with ``fn`` applied to every ``Array`` leaf."""
    if isinstance(tree, Array):
        return fn(tree)
    if isinstance(tree, list):
        return [map_arrays(v, fn) for v in tree]
    if isinstance(tree, dict):
        return {k: map_arrays(v, fn) for k, v in tree.items()}
    return tree


def read_blob(fd: int) -> Any:
    """A blob as the parent keeps it: mapped read-only where it is sealed (nobody can change
    it), else copied out (a snapshot: later writes change nothing)."""
    size = os.fstat(fd).st_size
    if size and sealed(fd):
        import mmap

        return mmap.mmap(fd, size, prot=mmap.PROT_READ)
    return copy_blob(fd)


def copy_blob(fd: int) -> bytes:
    """Copy a blob out of ``fd``."""
    size = os.fstat(fd).st_size
    chunks = []
    pos = 0
    while pos < size:
        chunk = os.pread(fd, min(size - pos, 1 << 26), pos)
        if not chunk:
            break
        chunks.append(chunk)
        pos += len(chunk)
    return b"".join(chunks)


# --------------------------------------------------------------------------- confinement

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
MNT_DETACH = 2
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_CAPBSET_DROP = 1, 4, 24
PR_SET_NO_NEW_PRIVS, PR_SET_CHILD_SUBREAPER = 38, 36
NOBODY = 65534
_libc = None


def _c():
    global _libc
    if _libc is None:
        import ctypes
        import ctypes.util

        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return _libc


def _check(ret: int, what: str) -> int:
    if ret < 0:
        import ctypes

        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return ret


def _prctl(option: int, arg: int = 0) -> None:
    _check(_c().prctl(option, arg, 0, 0, 0), f"prctl({option})")


def _unshare(flags: int) -> None:
    _check(_c().unshare(flags), "unshare")


def _enc(s: str | None) -> bytes | None:
    return s.encode() if s is not None else None


def _mount(src: str | None, dst: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _check(_c().mount(_enc(src), _enc(dst), _enc(fstype), flags, _enc(data)), f"mount {dst}")


def _bind(src: str, dst: str, *, readonly: bool) -> None:
    if os.path.isdir(src):
        os.makedirs(dst, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if not os.path.exists(dst):
            open(dst, "w").close()
    _mount(src, dst, None, MS_BIND | MS_REC)
    if readonly:
        # A remount must keep the flags the kernel locked on the source mount.
        locked = os.statvfs(src).f_flag & (MS_NOSUID | MS_NODEV | MS_NOEXEC | 1024 | 2048 | 4096)
        _mount(None, dst, None, MS_REMOUNT | MS_BIND | MS_RDONLY | locked)


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _view_paths(extra: list[str]) -> list[str]:
    """What the sandbox sees read-only: the system, the interpreter, its packages."""
    paths = ["/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc"]
    paths += [sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.abspath(__file__)]
    paths += [p for p in sys.path if p and os.path.isdir(p) and "site-packages" in p]
    paths += extra
    out: list[str] = []
    for p in sorted({os.path.realpath(p) for p in paths if os.path.exists(p)}):
        if not any(p == q or p.startswith(q.rstrip("/") + "/") for q in out):
            out.append(p)
    return out


_VIEW_UNDER_TMP: list[str] = []  # the zygote's view paths under /tmp (a virtual environment there)


def confine_zygote(mode: str, root: str, extra: list[str], devices: list[str], hide: list[str]) -> dict:
    """Enter new namespaces and pivot into a read-only view of what Python needs.

    ``mode``: "root" (real root: no user namespace; workers drop to nobody),
    "user" (an unprivileged user namespace; workers drop every capability) or
    "none" (nothing here; the caller says which protections are missing).
    """
    if mode == "none":
        return {"network": False, "filesystem": False, "pid": False, "privileges": False}
    uid, gid = os.getuid(), os.getgid()
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    _unshare(flags | (CLONE_NEWUSER if mode == "user" else 0))
    if mode == "user":
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"0 {uid} 1")
        _write("/proc/self/gid_map", f"0 {gid} 1")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=4m,mode=755")
    for link in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):  # merged-/usr systems
        if os.path.islink(link):
            os.symlink(os.readlink(link), root + link)
    view = _view_paths(extra)
    for p in view:
        _bind(p, root + p, readonly=True)
    _VIEW_UNDER_TMP[:] = [p for p in view if p.startswith("/tmp/")]  # workers put these back over their /tmp
    for p in hide:  # e.g. an installed judge package inside site-packages
        if os.path.isdir(root + p):
            _mount("tmpfs", root + p, "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=4k,mode=555")
    for dev in ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", *devices]:
        if os.path.exists(dev):
            _bind(dev, root + dev, readonly=False)
    for d in ("tmp", "proc", "oldroot"):
        os.makedirs(f"{root}/{d}", exist_ok=True)
    if mode == "user":
        # A proc of our own pid namespace: the kernel lets a user namespace mount
        # a new proc only where one is already fully visible. Workers cover it.
        _mount("/proc", f"{root}/proc", None, MS_BIND | MS_REC)
    os.symlink("/proc/self/fd", f"{root}/dev/fd")
    _check(_c().syscall(155 if os.uname().machine == "x86_64" else 41,
                        root.encode(), f"{root}/oldroot".encode()), "pivot_root")
    os.chdir("/")
    _check(_c().umount2(b"/oldroot", MNT_DETACH), "umount oldroot")
    os.rmdir("/oldroot")
    _mount(None, "/", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
    os.environ["HOME"] = "/tmp"
    return {"network": True, "filesystem": True, "pid": True, "privileges": True}


def _drop_capabilities() -> None:
    import ctypes

    for cap in range(64):
        _c().prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)
    data = (ctypes.c_uint32 * 6)()
    _check(_c().capset(header, data), "capset")


def confine_worker(mode: str, limits: dict) -> None:
    """Inside a freshly forked worker (already pid 1 of its namespace in ns modes)."""
    import resource

    if mode != "none":
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
        owner = f",uid={NOBODY},gid={NOBODY}" if mode == "root" else ""
        # what the view holds under /tmp: kept by fd, put back on top of the private /tmp
        kept = [(p, os.open(p, os.O_PATH)) for p in _VIEW_UNDER_TMP]
        _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV,
               f"size={int(limits.get('tmp_mb', 64))}m,mode=700{owner}")
        for p, fd in kept:
            _bind(f"/proc/self/fd/{fd}", p, readonly=True)
            os.close(fd)
        os.chdir("/tmp")
    else:
        work = limits["workdir"]  # made (and removed afterwards) by the zygote
        os.chdir(work)
        os.environ["HOME"] = os.environ["TMPDIR"] = work
        tempfile.tempdir = work
        if sys.platform == "linux":
            _try(_prctl, PR_SET_DUMPABLE, 0)  # siblings of the same uid cannot ptrace us
    if limits.get("cpus") and hasattr(os, "sched_setaffinity"):
        _try(os.sched_setaffinity, 0, {int(c) for c in str(limits["cpus"]).split(",")})
    rl = {
        "RLIMIT_CORE": 0,
        "RLIMIT_NOFILE": limits.get("nofile", 256),
        # with a private, size-capped /tmp on a read-only root, a file-size limit
        # would only cap the output blob; elsewhere it guards the host's disk
        "RLIMIT_FSIZE": (int(limits.get("fsize_mb", 64)) << 20) if mode == "none" else None,
        "RLIMIT_CPU": limits.get("cpu_s"),
        "RLIMIT_AS": (int(limits["as_mb"]) << 20) if limits.get("as_mb") else None,
        "RLIMIT_NPROC": limits.get("nproc"),
    }
    for name, value in rl.items():
        if value is not None and hasattr(resource, name):
            # soft == hard: pid 1 of a namespace ignores SIGXCPU, so the kernel's
            # SIGKILL at the hard limit is what ends an endless loop.
            _try(resource.setrlimit, getattr(resource, name), (int(value), int(value)))
    if mode == "root":
        os.setgroups([])
        os.setresgid(NOBODY, NOBODY, NOBODY)
        os.setresuid(NOBODY, NOBODY, NOBODY)
    elif mode == "user":
        _drop_capabilities()
    if sys.platform == "linux":
        _try(_prctl, PR_SET_NO_NEW_PRIVS, 1)


def _try(fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except (OSError, ValueError):
        return None


def probe_mode(wanted: str) -> str:
    """The strongest confinement this machine allows, at most ``wanted``."""
    if wanted == "none" or sys.platform != "linux":
        return "none"
    if os.getuid() == 0 and wanted in ("auto", "root"):
        return "root"
    pid = os.fork()
    if pid == 0:  # try it in a throwaway child
        try:
            _unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET)
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return "user" if status == 0 else "none"


# --------------------------------------------------------------------------- worker


class ForbiddenCall(BaseException):
    """Raised by a guard on a forbidden function; a BaseException so that
    ``except Exception`` in a submission does not swallow it."""


_VIOLATIONS: list[str] = []


def _guard(name: str, original: Any) -> Any:
    def forbidden(*args: Any, **kwargs: Any) -> Any:
        _VIOLATIONS.append(name)
        raise ForbiddenCall(f"{name} is forbidden in this problem")

    forbidden.__name__ = getattr(original, "__name__", name.rsplit(".", 1)[-1])
    forbidden.__wrapped_forbidden__ = name
    return forbidden


def _patch(module: Any, name: str, rest: list[str]) -> None:
    holder = module
    for part in rest[:-1]:
        holder = getattr(holder, part, None)
        if holder is None:
            return
    original = getattr(holder, rest[-1], None)
    if isinstance(original, types.ModuleType):
        return  # a module is refused at import and at dispatch; replacing it breaks honest calls
    if original is not None and not hasattr(original, "__wrapped_forbidden__"):
        try:
            setattr(holder, rest[-1], _guard(name, original))
        except (AttributeError, TypeError):
            pass


class _ForbiddenFinder:
    """Guards forbidden names in modules imported after load, and forbidden modules."""

    def __init__(self, modules: set[str], attrs: dict[str, list[tuple[str, list[str]]]]) -> None:
        self.modules, self.attrs = modules, attrs

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if any(fullname == m or fullname.startswith(m + ".") for m in self.modules):
            _VIOLATIONS.append(fullname)
            raise ForbiddenCall(f"importing {fullname} is forbidden in this problem")
        if fullname not in self.attrs:
            return None
        import importlib.machinery

        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        exec_module, todo = spec.loader.exec_module, self.attrs[fullname]

        def guarded(module: Any) -> None:
            exec_module(module)
            for name, rest in todo:
                _patch(module, name, rest)

        spec.loader.exec_module = guarded
        return spec


def install_guards(forbidden: list[str]) -> None:
    """Runtime guards, the second line behind the parent's static check."""
    modules: set[str] = set()
    attrs: dict[str, list[tuple[str, list[str]]]] = {}
    for name in forbidden:
        if name == "@" or name.startswith("*"):
            continue
        parts = name.split(".")
        if len(parts) == 1 or name in ("scipy.signal", "scipy.optimize"):
            modules.add(name)
            for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
                del sys.modules[loaded]
            continue
        # the longest loaded (or later imported) module prefix holds the attribute
        for cut in range(len(parts) - 1, 0, -1):
            mod = ".".join(parts[:cut])
            if mod in sys.modules:
                _patch(sys.modules[mod], name, parts[cut:])
                break
        attrs.setdefault(parts[0], []).append((name, parts[1:]))
        for cut in range(2, len(parts)):
            attrs.setdefault(".".join(parts[:cut]), []).append((name, parts[cut:]))
    sys.meta_path.insert(0, _ForbiddenFinder(modules, attrs))


# the dispatch keys a blocker replaces: every key of the table that holds a kernel a CPU or
# CUDA call can reach, with or without autograd (inference mode skips the autograd keys)
_OP_KEYS = ("CompositeImplicitAutograd", "CompositeExplicitAutograd", "CompositeExplicitAutogradNonFunctional",
            "CPU", "CUDA", "Autograd", "AutogradCPU", "AutogradCUDA")


def operator_overloads(name: str) -> list[str]:
    """The overloads ``aten::op`` (every one) or ``aten::op.overload`` names, as the dispatcher
    knows them (``aten::op``, ``aten::op.out``…); none when no operator has that name. Read from
    the dispatcher's own schemas, not torch.ops.aten (whose attributes a name guard replaces)."""
    import torch

    op, _, only = name.partition(".")
    out = []
    for schema in torch._C._jit_get_schemas_for_operator(op):
        overload = schema.overload_name or "default"
        if not only or overload == only:
            out.append(op if overload == "default" else f"{op}.{overload}")
    return out


def block_ops(names: list[str]) -> None:
    """Refuse aten operators at the dispatcher, where every Python path to them meets
    (``torch.x``, ``F.x``, ``torch.ops.aten.x``, ``torch._VF``, ``torch._C``, modules that call
    them): the kernels of each named operator (``aten::rms_norm``: every overload;
    ``aten::rms_norm.default``: one) are replaced by one that raises ForbiddenCall. Other
    operators are untouched, so the guard costs nothing on them; the names are looked up one
    by one (a scan of every schema leaves a heap that made timing noisy). The library holding
    the replacements is kept alive by a reference no Python object holds, so the submission
    cannot find it to undo them."""
    import ctypes
    import warnings

    import torch

    library = torch._C._dispatch_library("IMPL", "aten", "", "mljudge", 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "overriding a previously registered kernel": the point
        for name in names:
            for qualified in operator_overloads(name):
                for key in _OP_KEYS:
                    if torch._C._dispatch_has_kernel_for_dispatch_key(qualified, key):
                        library.impl(qualified.removeprefix("aten::"), key, _guard(name.partition(".")[0], None),
                                     False)
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(library))
    del library


def _trimmed_traceback(exc: BaseException, filename: str) -> str:
    """The traceback cut down to the submission's own frames."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    lines = traceback.format_list(frames) if frames else []
    lines += traceback.format_exception_only(type(exc), exc)
    text = "".join(lines)
    if len(text) > TRACEBACK_CHARS:
        text = text[: TRACEBACK_CHARS // 2] + "\n…\n" + text[-TRACEBACK_CHARS // 2 :]
    return text


def _failure_kind(exc: BaseException) -> str:
    if isinstance(exc, ForbiddenCall) or _VIOLATIONS:
        return "forbidden"
    if isinstance(exc, MemoryError) or (
        isinstance(exc, RuntimeError) and ("can't allocate memory" in str(exc) or "out of memory" in str(exc))
    ):
        return "memory"
    return "exception"


def _describe(exc: BaseException, filename: str) -> dict:
    kind = _failure_kind(exc)
    message = f"{_VIOLATIONS[0]} is forbidden in this problem" if kind == "forbidden" and _VIOLATIONS \
        else str(exc)[:2000]
    return {"kind": kind, "type": type(exc).__name__, "message": message,
            "traceback": _trimmed_traceback(exc, filename)}


def _params(fn: Any) -> list[dict] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    return [{"name": p.name, "kind": p.kind.name, "default": p.default is not p.empty}
            for p in sig.parameters.values()]


def _load_support(source: str | None) -> Any:
    """The problem's public helpers (``support.py``), importable as ``support``."""
    if not source:
        return None
    module = types.ModuleType("support")
    module.__file__ = "support.py"
    linecache.cache["support.py"] = (len(source), None, source.splitlines(True), "support.py")
    exec(compile(source, "support.py", "exec", dont_inherit=True), module.__dict__)
    sys.modules["support"] = module
    return module


SCRIPT_DUNDERS = ("__len__", "__getitem__")  # a Dataset's protocol: len(obj), obj[i]


def run_script(cls: type, init: list, calls: list) -> list:
    """A class entry driven by a script (problems whose answer is a class, e.g. an nn.Module or a
    sparse matrix): ``cls(*init)`` is object 0; each step ``[target, method, args]`` calls
    ``objects[target].method(*args)`` (a public method or one of ``SCRIPT_DUNDERS``;
    ``"__call__"`` calls the object itself; ``"new"`` makes another ``cls(*args)``); an argument
    ``{"object": k}`` is object k. A result that is an instance of ``cls`` becomes the next
    object and is recorded as ``{"object": k}``; anything else is recorded as it is. The list
    of records is the output."""
    objects = [cls(*(_objects_in(init, []) or []))]
    out: list = []
    for target, method, args in calls:
        args = _objects_in(args, objects)
        if method == "new":
            result = cls(*args)
        elif method == "__call__":
            result = objects[target](*args)
        elif method in SCRIPT_DUNDERS or (isinstance(method, str) and not method.startswith("_")):
            result = getattr(objects[target], method)(*args)
        else:
            raise ValueError(f"the script calls {method!r}")  # a malformed package, never a submission
        if isinstance(result, cls):
            objects.append(result)
            result = {"object": len(objects) - 1}
        out.append(result)
    return out


def _objects_in(value: Any, objects: list) -> Any:
    if isinstance(value, dict) and set(value) == {"object"}:
        return objects[value["object"]]
    if isinstance(value, list):
        return [_objects_in(v, objects) for v in value]
    return value


def _load(msg: dict) -> tuple[Any, dict]:
    source, filename, entry = msg["source"], msg["filename"], msg["entry"]
    if msg.get("forbidden"):
        install_guards(msg["forbidden"])
    if msg.get("forbidden_ops"):
        block_ops(msg["forbidden_ops"])
    module = types.ModuleType("submission")
    module.__file__ = filename
    sys.modules["submission"] = module
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        return None, {"kind": "syntax", "type": type(e).__name__,
                      "message": f"line {e.lineno}: {e.msg}", "traceback": _trimmed_traceback(e, filename)}
    try:
        exec(code, module.__dict__)
    except ImportError as e:
        failure = _describe(e, filename)
        if failure["kind"] == "exception":
            failure["kind"] = "import"
        return None, failure
    except BaseException as e:  # noqa: BLE001 - anything the module does at import
        return None, _describe(e, filename)
    fn = module.__dict__.get(entry)
    if fn is None:
        what = "class" if msg.get("entry_kind") == "class" else "function"
        kind = type if what == "class" else types.FunctionType
        found = sorted(n for n, v in module.__dict__.items()
                       if isinstance(v, kind) and v.__module__ == "submission")[:10]
        return None, {"kind": "missing", "type": "", "traceback": "",
                      "message": f"no {what} named {entry!r}" + (f" (found: {', '.join(found)})" if found else "")}
    if msg.get("entry_kind") == "class":
        if not isinstance(fn, type):
            return None, {"kind": "missing", "type": "", "traceback": "",
                          "message": f"{entry!r} is a {type(fn).__name__}, not a class"}
        return functools.partial(run_script, fn), {"params": [{"name": n, "kind": "POSITIONAL_OR_KEYWORD",
                                                              "default": False} for n in ("init", "calls")]}
    if not callable(fn):
        return None, {"kind": "missing", "type": "",
                      "message": f"{entry!r} is a {type(fn).__name__}, not a function", "traceback": ""}
    return fn, {"params": _params(fn)}


def _prepare_device(device: str, gpu_memory_mb: int | None) -> Any:
    """CUDA set up before the first call (so no call pays for it): the device, full FP32
    precision (no TF32), a memory cap for this process, a buffer to flush the L2 with."""
    if not device.startswith("cuda"):
        return None
    import torch

    torch.cuda.set_device(torch.device(device))
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    if gpu_memory_mb:
        total = torch.cuda.get_device_properties(torch.cuda.current_device()).total_memory
        torch.cuda.set_per_process_memory_fraction(min(1.0, (gpu_memory_mb << 20) / total))
    flush = torch.empty(256 << 20, dtype=torch.uint8, device=device)  # larger than any L2
    torch.cuda.synchronize()
    return flush


def serve(sock: socket.socket) -> None:
    """The worker: load one module, then answer calls until ``exit``."""
    ch = Channel(sock)
    got = ch.recv()
    if got is None:
        return
    msg, load_fds = got
    arena = None
    if len(load_fds) == 1:  # the judge's reply arena
        import mmap

        try:
            arena = mmap.mmap(load_fds[0], os.fstat(load_fds[0]).st_size)
        except (OSError, ValueError):
            arena = None
        os.close(load_fds[0])
    device = msg.get("device", "cpu")
    filename = msg["filename"]
    support = _load_support(msg.get("support"))
    fn, info = _load(msg)
    if fn is None:
        sys.stdout.flush()
        sys.stderr.flush()
        ch.send({"op": "failed", **info})
        return
    try:
        flush = _prepare_device(device, msg.get("gpu_memory_mb"))
    except BaseException as e:  # noqa: BLE001 - e.g. the submission's import broke CUDA
        ch.send({"op": "failed", **_describe(e, filename)})
        return
    ch.send({"op": "loaded", **info})
    inbuf = None
    while True:
        got = ch.recv()
        if got is None or got[0].get("op") != "call" or len(got[1]) != 1:
            return
        msg, (fd,) = got
        # the inputs, copied into this process's own memory: writable, and writing
        # into them costs what it costs anywhere (no copy-on-write faults)
        data, inbuf = _read_into_memory(fd, inbuf)
        os.close(fd)
        reply = _call(fn, msg.get("seq"), data, device, flush, filename, support, arena)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()  # what it printed reaches the parent before the reply
            except BaseException:  # noqa: BLE001 - a replaced or closed stream
                pass
        ofd = reply.pop("fd", None)
        ch.send(reply, [ofd] if ofd is not None else [])
        if ofd is not None:
            os.close(ofd)
        del data, reply
        gc.collect()  # after the reply: no call pays for another's garbage


def _read_into_memory(fd: int, buffer: Any = None) -> tuple[Any, Any]:
    """(the inputs, the buffer holding them): copied once into this process's own memory:
    writable, and writing into them costs what it costs anywhere (no copy-on-write faults).
    The last call's buffer is reused when it is large enough, so a large input's pages are
    touched once per worker, not once per call (what the last call's arrays saw changes
    under them: harmless, their call is over). Positional reads: the blob may be shared
    with another worker."""
    size = os.fstat(fd).st_size
    np = sys.modules.get("numpy")  # numpy's empty() skips the zeroing a bytearray would do
    if np is None:
        buffer = data = bytearray(size)
    else:
        if buffer is None or len(buffer) < size:
            buffer = np.empty(size, np.uint8)
        data = buffer[:size]
    view, pos = memoryview(data).cast("B"), 0
    while pos < len(data):
        if hasattr(os, "preadv"):
            n = os.preadv(fd, [view[pos:]], pos)
        else:
            chunk = os.pread(fd, len(data) - pos, pos)
            n = len(chunk)
            view[pos:pos + n] = chunk
        if n <= 0:
            break
        pos += n
    del view
    return data, buffer


def _call(fn: Any, seq: Any, data: Any, device: str, flush: Any, filename: str, support: Any,
          arena: Any = None) -> dict:
    """One call: inputs from ``data``, the output encoded into the reply arena (if it fits)
    or a new blob."""
    torch = sys.modules.get("torch") if flush is not None else None
    payload = decode(data, as_values=True, torch_device=device if torch is not None else None,
                     support=support)
    args, kwargs = payload["args"], payload["kwargs"]
    if torch is not None:
        flush.zero_()
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    del _VIOLATIONS[:]
    gc.disable()
    try:
        t0 = time.perf_counter()
        if torch is not None:
            start.record()
        out = fn(*args, **kwargs)
        if torch is not None:
            end.record()
            torch.cuda.synchronize()
        flat = flatten(out)  # inside the clock: a view's copy is charged to whoever returned it
        t1 = time.perf_counter()
        if _VIOLATIONS:
            raise ForbiddenCall(_VIOLATIONS[0])
        reply: dict[str, Any] = {"op": "done", "seq": seq, "fn_s": t1 - t0}
        if torch is not None:
            reply["device_s"] = start.elapsed_time(end) / 1e3
            reply["gpu_peak"] = torch.cuda.max_memory_allocated()
        del out
        written = write_into(flat, arena) if arena is not None else None
        if written is not None:
            reply["arena"] = written
        else:
            reply["fd"] = write_flat(flat)
            seal(reply["fd"])  # the parent may then read it in place
        return reply
    except BaseException as e:  # noqa: BLE001 - the submission's failure, reported
        return {"op": "raised", "seq": seq, **_describe(e, filename)}
    finally:
        gc.enable()


# --------------------------------------------------------------------------- zygote


def _worker(mode: str, spec: dict, sock_fd: int, out_fd: int, pid_w: int | None) -> None:
    """Runs in the forked child of the zygote; never returns."""
    try:
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        keep = {0, 1, 2, sock_fd} | ({pid_w} if pid_w is not None else set())
        for fd in range(3, 1024):
            if fd not in keep:
                _try(os.close, fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        for sig in (signal.SIGCHLD, signal.SIGPIPE, signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)
        signal.set_wakeup_fd(-1)
        os.setsid()
        if sys.platform == "linux":
            _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if mode != "none":
            _unshare(CLONE_NEWPID | CLONE_NEWNS)
            pid = os.fork()
            if pid:  # the relay: outside the new namespace, reports pid, mirrors exit
                os.write(pid_w, struct.pack("<i", pid))
                os.close(pid_w)
                os.close(sock_fd)
                _, status = os.waitpid(pid, 0)
                if os.WIFSIGNALED(status):
                    sig = os.WTERMSIG(status)
                    if sig not in (signal.SIGKILL, signal.SIGSTOP):
                        signal.signal(sig, signal.SIG_DFL)
                    import resource

                    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
                    os.kill(os.getpid(), sig)
                os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)
            os.close(pid_w)
            _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        confine_worker(mode, spec.get("limits", {}))
        sock = socket.socket(fileno=sock_fd)
    except BaseException:  # noqa: BLE001 - the sandbox could not be set up: the judge's fault
        _exit_with_traceback(EXIT_SETUP)
    try:
        serve(sock)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    except BaseException:  # noqa: BLE001 - the harness broke while serving (the submission may have broken it)
        _exit_with_traceback(EXIT_SERVE)


def _exit_with_traceback(code: int) -> None:
    try:
        traceback.print_exc()
        sys.stderr.flush()
    finally:
        os._exit(code)


def _sweep(scratch: str, live: set[str]) -> None:
    """Remove what ended workers left in a shared scratch folder (a container's /tmp)."""
    import shutil

    try:
        entries = os.listdir(scratch)
    except OSError:
        return
    for name in entries:
        path = os.path.join(scratch, name)
        if path in live:
            continue
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass


def _preload(names: list[str], threads: int) -> dict:
    versions = {"python": sys.version.split()[0]}
    for name in dict.fromkeys(names):  # each once: torch refuses a second set_num_interop_threads
        if name == "numpy":
            import numpy

            versions["numpy"] = numpy.__version__
        elif name == "torch":
            import torch

            torch.set_num_threads(threads)
            torch.set_num_interop_threads(threads)
            versions["torch"] = torch.__version__
            versions["cuda"] = bool(torch.backends.cuda.is_built())
    return versions


MALLOPT = {"M_TRIM_THRESHOLD": -1, "M_TOP_PAD": -2, "M_MMAP_THRESHOLD": -3, "M_MMAP_MAX": -4,
           "M_ARENA_MAX": -8}


def tune_malloc(spec: str) -> dict:
    """glibc's malloc parameters fixed (``M_MMAP_THRESHOLD=33554432,…``) before any worker is
    forked: every worker starts from the same allocator state and keeps to it, so a ratio
    does not follow per-process thresholds that glibc would otherwise move as memory is freed."""
    done = {}
    for item in filter(None, spec.split(",")):
        name, _, value = item.partition("=")
        if name in MALLOPT and sys.platform == "linux":
            try:
                done[name] = bool(_c().mallopt(MALLOPT[name], int(value)))
            except (OSError, AttributeError, ValueError):
                done[name] = False
    return done


def zygote(args: list[str]) -> None:
    opts = dict(zip(args[::2], args[1::2]))
    if "--fd" in opts:
        sock = socket.socket(fileno=int(opts["--fd"]))
    else:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(opts["--socket"])
    ch = Channel(sock)
    threads = int(opts.get("--threads", "1"))
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
        os.environ[var] = str(threads)
    # nothing outside the interpreter's own packages is importable (no editable judge/)
    sys.path[:] = [p for p in sys.path if p and (p.startswith(sys.base_prefix) or "site-packages" in p)]
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__module__ in
                        ("_frozen_importlib", "_frozen_importlib_external", "importlib.machinery")
                        or isinstance(f, type)]
    mode = probe_mode(opts.get("--confine", "auto"))
    devices = [d for d in opts.get("--devices", "").split(",") if d]
    extra = [p for p in opts.get("--bind", "").split(",") if p]
    try:
        hide = [p for p in opts.get("--hide", "").split(",") if p]
        protections = confine_zygote(mode, opts.get("--root", ""), extra, devices, hide)
    except OSError as e:
        mode = "none"
        protections = {"network": False, "filesystem": False, "pid": False, "privileges": False,
                       "error": str(e)}
    protections["mode"] = mode
    versions = _preload([m for m in opts.get("--preload", "").split(",") if m], threads)
    protections["malloc"] = tune_malloc(opts.get("--malloc", ""))
    if sys.platform == "linux":
        _try(_prctl, PR_SET_CHILD_SUBREAPER, 1)
        _try(_prctl, PR_SET_DUMPABLE, 0)
    gc.collect()
    gc.freeze()
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    ch.send({"op": "ready", "pid": os.getpid(), "confinement": protections, "versions": versions})
    workers: dict[int, str] = {}
    workdirs: dict[int, str] = {}
    scratch = opts.get("--scratch") or tempfile.gettempdir()
    sweep = opts.get("--sweep") == "1"
    import select
    import shutil

    while True:
        if not ch.pending():
            ready, _, _ = select.select([sock, wake_r], [], [])
            if wake_r in ready:
                os.read(wake_r, 4096)
                while True:
                    try:
                        pid, status = os.waitpid(-1, os.WNOHANG)
                    except ChildProcessError:
                        break
                    if pid == 0:
                        break
                    wid = workers.pop(pid, None)
                    work = workdirs.pop(pid, None)
                    if work:
                        shutil.rmtree(work, ignore_errors=True)
                    if sweep:
                        _sweep(scratch, set(workdirs.values()))
                    if wid is not None:
                        ch.send({"op": "exited", "id": wid,
                                 "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                                 "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None})
            if sock not in ready:
                continue
            if not ch.fill():
                return
            if not ch.pending():
                continue
        msg, fds = ch.take()
        if msg.get("op") == "exit":
            return
        if msg.get("op") != "spawn" or len(fds) != 2:
            for fd in fds:
                os.close(fd)
            continue
        sock_fd, out_fd = fds
        pid_r, pid_w = os.pipe() if mode != "none" else (None, None)
        work = None
        if mode == "none":
            try:
                work = tempfile.mkdtemp(prefix="w-", dir=scratch)
            except OSError:
                work = None  # the worker reports the failure to set up
            msg.setdefault("limits", {})["workdir"] = work
        try:
            pid = os.fork()
        except OSError as e:  # no pid left (what a fork bomb's survivors hold): say so, and live on
            for fd in (sock_fd, out_fd, pid_r, pid_w):
                if fd is not None:
                    os.close(fd)
            if work:
                shutil.rmtree(work, ignore_errors=True)
            ch.send({"op": "spawned", "id": msg["id"], "error": f"fork: {e}"})
            continue
        if pid == 0:
            if pid_r is not None:
                os.close(pid_r)
            _worker(mode, msg, sock_fd, out_fd, pid_w)
        os.close(sock_fd)
        os.close(out_fd)
        worker_pid = pid
        if pid_r is not None:
            os.close(pid_w)
            data = os.read(pid_r, 4)
            os.close(pid_r)
            worker_pid = struct.unpack("<i", data)[0] if len(data) == 4 else pid
        workers[pid] = msg["id"]
        if work:
            workdirs[pid] = work
        ch.send({"op": "spawned", "id": msg["id"], "pid": worker_pid, "relay": pid})


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "zygote":
        zygote(sys.argv[2:])
    else:
        sys.exit("usage: harness.py zygote (--fd N | --socket PATH) [--preload numpy,torch] "
                 "[--confine auto|none] [--root DIR] [--threads 1]")
