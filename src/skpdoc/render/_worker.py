"""The worker of :mod:`skpdoc.render.isolate`: renders user templates under a memory limit and a timer.

    python -m skpdoc.render._worker MEMORY_MIB PARENT_PID

Reads requests on stdin, each a header (``isolate.HEADER``: kind ``Q`` and a
length) and a pickle of ``(template path, context, timeout)``; answers on
stdout with ``D`` and the .docx bytes, ``E`` and JSON ``[problem, where]`` for
a template error, or ``B`` and a traceback for a bug in skpdoc. It says ``R``
once ready. It exits at end of input, when its parent dies, or when it uses
more CPU time than its documents were given.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType
from typing import Any, BinaryIO

from skpdoc.render import engine, isolate, sandbox

_MIB = 1 << 20
_PR_SET_PDEATHSIG = 1
_memory_mib = 0


def main(argv: list[str]) -> int:
    global _memory_mib
    _memory_mib, parent = int(argv[0]), int(argv[1])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops this worker
    _die_with(parent)
    requests = os.fdopen(os.dup(0), "rb", buffering=0)
    answers = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)  # nothing a library prints can corrupt the answers
    # What rendering imports lazily is imported now, before the memory limit is measured and set.
    import docxtpl  # noqa: F401
    import lxml.etree  # noqa: F401

    _limit_memory(_memory_mib)
    _send(answers, isolate.READY, b"")
    while True:
        header = _read(requests, isolate.HEADER.size)
        if header is None:
            return 0  # the parent closed our input: it is done or gone
        kind, size = isolate.HEADER.unpack(header)
        body = _read(requests, size)
        if kind != isolate.REQUEST or body is None:
            return 1
        try:
            path, context, timeout = pickle.loads(body)  # from our parent, which is trusted
        except Exception:  # a class of the context this process cannot import: a bug of the caller
            _send(answers, isolate.BUG, traceback.format_exc().encode())
            continue
        _send(answers, *_render(Path(path), context, timeout))


def _render(path: Path, context: dict[str, Any], timeout: float) -> tuple[bytes, bytes]:
    _limit_cpu(timeout)

    def time_is_up(signum: int, frame: FrameType | None) -> None:
        raise sandbox.Deadline(f"render melebihi batas waktu {timeout:g} detik (perulangan terlalu besar?)")

    signal.signal(signal.SIGALRM, time_is_up)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        try:
            return isolate.DOCUMENT, engine.load(path).render(context, isolate=False)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except engine.RenderError as exc:
        return isolate.ERROR, json.dumps([exc.problem, exc.where]).encode()
    except (sandbox.Deadline, MemoryError) as exc:  # outside the template's own code (loading, zipping)
        problem = str(exc) if isinstance(exc, sandbox.Deadline) else f"render melebihi batas memori {_memory_mib} MiB"
        return isolate.ERROR, json.dumps([problem, ""]).encode()
    except Exception:
        return isolate.BUG, traceback.format_exc().encode()


def _send(out: BinaryIO, kind: bytes, payload: bytes) -> None:
    out.write(isolate.HEADER.pack(kind, len(payload)) + payload)


def _read(stream: BinaryIO, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _die_with(parent: int) -> None:
    """Be killed when the parent dies, even by SIGKILL (Linux); elsewhere end of input and the CPU limit do it."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before prctl
        os._exit(1)


def _limit_memory(mib: int) -> None:
    """Address space: what the worker has now plus ``mib`` (Linux: measured from /proc; elsewhere no limit)."""
    import resource

    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    limit = pages * os.sysconf("SC_PAGE_SIZE") + mib * _MIB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _limit_cpu(timeout: float) -> None:
    """A last resort if the parent is gone and cannot kill us: SIGXCPU a little past this document's time."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + timeout) + 2
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard == resource.RLIM_INFINITY or soft <= hard:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
