"""Turning rendered .docx into PDF with warm LibreOffice workers.

A :class:`Converter` runs ``jobs`` LibreOffice processes, each with its own
profile in a temporary folder, started once and kept warm across calls to
:meth:`Converter.convert`. Each is driven over UNO by ``uno_worker.py`` under
a Python that can ``import uno`` (Debian: ``/usr/bin/python3`` with
``python3-uno``); skpdoc itself may run on any Python. Without python3-uno,
``soffice --convert-to pdf`` runs over chunks of files instead (nothing warm).

With ``compose=True``, forms that share their styles are converted twenty or
so at a time as one composed document, whose PDF is split per form
(:mod:`skpdoc.convert.compose`, :mod:`skpdoc.convert.pdfsplit`): a quarter to a third less
time per form. A composed chunk that fails in any way is
converted form by form instead, so a bad form costs its neighbours only time.
Not with ``pdfa``: a form cut out of a composed PDF would no longer be the PDF/A file
LibreOffice wrote; nor when ``SKPDOC_NO_COMPOSE=1`` is set (a way out, and
the baseline of benchmarks/bench_build.py).

LibreOffice's exit codes and "success" say little (an empty file becomes a
blank page), so inputs are checked before, and every PDF after (pypdf, at least
a page) before it is copied beside its target and renamed to it. A conversion
running past ``timeout`` is killed with its LibreOffice, the worker restarted
and the document retried once; one that fails twice is reported with its cause.
:meth:`Converter.close` (also by ``with``, hence on Ctrl-C, at exit, and on
SIGTERM/SIGHUP unless the program handles those) leaves no process behind, and
a worker whose parent dies, even by SIGKILL, kills its LibreOffice itself.

The warm workers and the guards are Linux machinery (``prctl``, ``/proc``,
process groups, ``select.poll``). On Windows and macOS the converter always
takes the batch path (:mod:`skpdoc.convert.batch`), with LibreOffice run
unguarded and killed by the converter itself; nothing Linux-only is touched.
Each LibreOffice runs under :mod:`skpdoc.convert.guard`, which kills it when
its worker dies, even by SIGKILL; and a guard started with the converter
(a *sentinel*, running nothing) removes the temporary folder if the program
is killed, also while no worker runs (the batch fallback, after ``release``).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from skpdoc.convert import guard as office_guard
from skpdoc.convert.guard import kill_marked, start_guarded
from skpdoc.convert.tasks import ATTEMPTS, Pending, Task, check_pdf, plan_chunks, prepare
from skpdoc.errors import SkpdocError
from skpdoc.hints import Phrase

__all__ = ["ConversionError", "ConvertReport", "Converter", "LibreOfficeMissing", "check_docx", "check_pdf"]

#: Tasks waiting (forms, or composed chunks of ~20), at least, for a worker not started with the Converter to
#: start (see ``start``): fewer take one worker less time than a second worker needs to start.
LATE_WORKER_FROM = 20
START_TIMEOUT = 60.0  # seconds for a worker to start LibreOffice and connect (usually about 1 s)
_WORKER_SCRIPT = Path(__file__).with_name("uno_worker.py")


class LibreOfficeMissing(SkpdocError):
    """No ``soffice`` on PATH."""


class ConversionError(SkpdocError):
    """LibreOffice is installed but cannot be started."""


@dataclass
class ConvertReport:
    """The PDFs written and the .docx that failed with their causes, both in input order.

    A cause is a :class:`~skpdoc.hints.Phrase`: Indonesian as a ``str``, ``cause.render("en")`` in English.
    """

    converted: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    composed: int = 0  # of the converted, how many went through a composed document
    busy: float = 0.0  # seconds the LibreOffice workers spent on requests, summed: busy ÷ (jobs × time) = use


def find_soffice() -> str:
    """The ``soffice`` (or ``libreoffice``) on PATH, else in LibreOffice's standard folder on Windows and macOS
    (its installers do not add it to PATH); or raise :class:`LibreOfficeMissing` (O001: what to install, and
    ``--no-pdf``)."""
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    for candidate in _standard_places():
        if candidate.is_file():
            return str(candidate)
    system, install = _install_advice()
    raise LibreOfficeMissing(code="O001", system=system, install=install)


def _standard_places() -> list[Path]:
    if sys.platform == "win32":
        folders = {os.environ.get(k) for k in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")}
        return [Path(f) / "LibreOffice" / "program" / "soffice.exe" for f in sorted(folders - {None, ""}) if f]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return []


def _install_advice() -> tuple[str, Phrase]:
    """(this system's name, how to install LibreOffice on it), for O001."""
    if sys.platform == "win32":
        return "Windows", Phrase("O003")
    if sys.platform == "darwin":
        return "macOS", Phrase("O004")
    return sys.platform, Phrase("O002")


def uno_python() -> str | None:
    """A Python that can ``import uno``: $SKPDOC_UNO_PYTHON ("" for none), this one, or /usr/bin/python3.

    None where the warm workers cannot run (not Linux): the batch conversion serves there.
    """
    if not office_guard.available():
        return None
    chosen = os.environ.get("SKPDOC_UNO_PYTHON")
    return _first_with_uno((chosen,) if chosen is not None else (sys.executable, "/usr/bin/python3"))


@functools.cache
def _first_with_uno(candidates: tuple[str, ...]) -> str | None:
    for python in candidates:
        if python and shutil.which(python):
            probe = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=60, check=False)
            if probe.returncode == 0:
                return python
    return None


def check_docx(path: Path) -> Phrase | None:
    """Why ``path`` cannot be a .docx, or None: it must be a zip with an intact word/document.xml."""
    try:
        if path.stat().st_size == 0:
            return Phrase("O010")
        with zipfile.ZipFile(path) as archive:
            archive.read("word/document.xml")  # checks its CRC too
    except KeyError:
        return Phrase("O011")
    except FileNotFoundError:
        return Phrase("O012")
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
        return Phrase("O013", detail=str(exc))
    return None


def _warm_up_sample() -> list[Path]:
    """A small built-in form each worker converts while starting (see ``uno_worker._warm_up``)."""
    from skpdoc.resources import data_dir

    try:
        sample = data_dir("templates/docx") / "lampiran.docx"
    except FileNotFoundError:
        return []
    return [sample] if sample.is_file() else []


class _Worker:
    """The parent's side of one ``uno_worker.py`` process and the LibreOffice it runs."""

    def __init__(self, python: str, soffice: str, workdir: Path, outdir: Path, pdfa: bool) -> None:
        workdir.mkdir(parents=True)
        self.workdir, self.outdir = workdir, outdir
        args = [python, str(_WORKER_SCRIPT), soffice, str(workdir), "1" if pdfa else "0", str(os.getpid())]
        args += [str(path) for path in _warm_up_sample()]
        with (workdir / "worker.log").open("wb") as log:
            # A session of its own: Ctrl-C in a terminal must not reach LibreOffice mid-document.
            self.proc = subprocess.Popen(
                args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, start_new_session=True
            )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        self.fd = self.stdout.fileno()
        self.ready = False
        self.office_pgid = 0
        self.task: Task | None = None
        self.deadline = time.monotonic() + START_TIMEOUT
        self.done = 0
        self.sent = 0.0  # when the current request was sent
        self._buffer = b""

    @property
    def idle(self) -> bool:
        return self.ready and self.task is None

    def send(self, task: Task, timeout: float) -> None:
        self.sent = time.monotonic()
        self.task, self.deadline = task, self.sent + timeout
        # Not straight to the target: when killed, LibreOffice leaves its lock and temporary files beside it.
        # Nor in our own folder, which goes when this worker is recycled, maybe before the PDF is checked.
        task.out = self.outdir / f"{task.index}-{task.attempts}.pdf"
        request = {"src": os.path.abspath(task.src), "out": str(task.out), "marks": bool(task.members)}
        self.stdin.write(json.dumps(request).encode() + b"\n")
        self.stdin.flush()

    def read(self) -> list[dict[str, Any]] | None:
        """The complete messages now available, or None at end of output (the worker is gone)."""
        data = os.read(self.fd, 65536)
        if not data:
            return None
        *lines, self._buffer = (self._buffer + data).split(b"\n")
        return [json.loads(line) for line in lines]

    def log_tail(self) -> str:
        text = " ".join(p.read_text(errors="replace") for p in self.workdir.glob("*.log"))
        return " ".join(text.split())[-300:]

    def signal_stop(self) -> None:
        """Ask the worker to kill and reap its LibreOffice, clean up and exit: takes milliseconds."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def reap(self, grace: float = 5.0) -> None:
        """Wait for the worker; past ``grace``, kill both process groups. Then remove what is left."""
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            for pgid in (self.office_pgid, self.proc.pid):
                with contextlib.suppress(ProcessLookupError):
                    if pgid:
                        os.killpg(pgid, signal.SIGKILL)
            self.proc.wait()
        with contextlib.suppress(OSError):  # a write that failed leaves bytes to flush
            self.stdin.close()
        self.stdout.close()
        if self.proc.returncode != 0:
            # It did not stop cleanly (killed, crashed): its guard normally took LibreOffice with it; in case the
            # guard died too, whatever still runs with this worker's profile is killed.
            for marker in (str(self.workdir), (self.workdir / "profile").as_uri()):
                kill_marked(marker)
        shutil.rmtree(self.workdir, ignore_errors=True)


class Converter:
    """Warm LibreOffice workers converting .docx to PDF; a context manager. Not thread-safe."""

    def __init__(
        self,
        jobs: int | None = None,
        *,
        timeout: float = 60.0,
        recycle_after: int = 500,
        pdfa: bool = False,
        start: int | None = None,
    ) -> None:
        """``start``: how many workers to start now (default all); the others only for enough documents.

        A one-spec rebuild converts a handful of forms: one worker does them
        before a second would have started (~2 s), and leaves the other core
        to the caller meanwhile.
        """
        self.soffice = find_soffice()
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self._start = self.jobs if start is None else max(1, min(start, self.jobs))
        self.timeout, self.recycle_after, self.pdfa = timeout, max(1, recycle_after), pdfa
        self.python = uno_python()  # None: no UNO, fall back to batch soffice
        self._root = Path(tempfile.mkdtemp(prefix="skpdoc-office-"))
        (self._root / "out").mkdir()
        # Linux: a guard removes the temporary folder if this process is killed. Elsewhere close() does it.
        self._sentinel = start_guarded(self._root, []) if office_guard.available() else None
        self._workers: list[_Worker | None] = [None] * self.jobs
        self._start_failures = [0] * self.jobs
        self._spawned = 0
        self._slots_started: set[int] = set()
        self._closed = False
        atexit.register(self.close)
        _exit_on_signals()
        try:
            for slot in range(self._start if self.python else 0):  # start now, to warm up while the caller works
                self._spawn(slot)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Converter:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    @property
    def running(self) -> int:
        """How many workers are started (and not stopped)."""
        return sum(1 for w in self._workers if w)

    @property
    def process_groups(self) -> list[int]:
        """Process groups of the running workers and of their LibreOffice (for monitoring and tests)."""
        return [pg for w in self._workers if w for pg in (w.proc.pid, w.office_pgid) if pg]

    def convert(
        self,
        items: Sequence[tuple[Path, Path]],
        progress: Callable[[Path], None] | None = None,
        *,
        compose: bool = False,
    ) -> ConvertReport:
        """Convert each (docx, pdf) pair; ``progress(docx)`` is called as each is done, converted or not.

        ``compose``: convert forms that can share a document in composed chunks
        (see the module docstring); ignored without python3-uno, with ``pdfa`` and
        with ``SKPDOC_NO_COMPOSE=1``.
        """
        if self._closed:
            raise RuntimeError("this Converter is closed")
        pending = Pending(progress, pdfa=self.pdfa)
        for index, (src, dst) in enumerate(items):
            task = Task(index, Path(src), Path(dst))
            if cause := check_docx(task.src):
                pending.finish(task, cause)
            else:
                pending.queue.append(task)
        if compose and self.python and not self.pdfa and os.environ.get("SKPDOC_NO_COMPOSE") != "1":
            plan_chunks(pending, self.jobs, self._root / "chunks")
        if self.python:
            self._run_uno(pending)
        else:
            from skpdoc.convert.batch import run_batch

            run_batch(
                self.soffice,
                self._root,
                pending,
                jobs=self.jobs,
                most=self.recycle_after,
                timeout=self.timeout,
                pdfa=self.pdfa,
            )
        report = ConvertReport(composed=pending.composed, busy=pending.busy)
        for index, (src, dst) in enumerate(items):
            if (cause := pending.causes[index]) is None:
                report.converted.append(Path(dst))
            else:
                report.failed.append((Path(src), cause))
        return report

    def start_all(self) -> None:
        """Start now the workers that ``start`` held back (the caller knows there is much to convert)."""
        for slot in range(self.jobs if self.python else 0):
            if slot not in self._slots_started:
                self._spawn(slot)

    def release(self) -> None:
        """Ask every worker to stop, without waiting: they exit while the caller goes on; ``close`` reaps them."""
        for worker in self._workers:
            if worker:
                worker.signal_stop()

    def close(self) -> None:
        """Stop every worker and LibreOffice process and remove the profiles. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        workers = [w for w in self._workers if w]
        for worker in workers:  # all at once, then wait for each
            worker.signal_stop()
        for worker in workers:
            worker.reap()
        self._workers = [None] * self.jobs
        shutil.rmtree(self._root, ignore_errors=True)
        if self._sentinel is not None:
            self._sentinel.kill()  # it runs nothing: nothing to clean up
            self._sentinel.wait()

    # -- UNO workers -------------------------------------------------------------------------------

    def _spawn(self, slot: int) -> _Worker:
        assert self.python
        self._spawned += 1
        self._slots_started.add(slot)
        worker = _Worker(
            self.python, self.soffice, self._root / f"w{slot}-{self._spawned}", self._root / "out", self.pdfa
        )
        self._workers[slot] = worker
        return worker

    def _stop(self, slot: int) -> None:
        if worker := self._workers[slot]:
            self._workers[slot] = None
            worker.signal_stop()
            worker.reap()

    def _feed(self, slot: int, pending: Pending) -> None:
        """Give the worker in ``slot`` the next document if it is free; first replace it if it is worn or dead."""
        w = self._workers[slot]
        if w is None and slot not in self._slots_started and len(pending.queue) < LATE_WORKER_FROM:
            return  # a worker never started: not worth starting for so little
        worn = w and w.idle and (w.done >= self.recycle_after or w.proc.poll() is not None)
        if w is None or (worn and pending.queue):
            self._stop(slot)
            w = self._spawn(slot)
        while w.idle and pending.queue:
            task = pending.queue.popleft()
            if task.members and not task.prepared and not prepare(task, pending):
                continue  # fewer than two of its forms could be composed: they are now at the front, alone
            try:
                w.send(task, self.timeout)
            except BrokenPipeError:
                self._fail(slot, w, Phrase("O021"), pending)
            return

    def _run_uno(self, pending: Pending) -> None:
        try:
            while pending.queue or any(w and w.task for w in self._workers):
                for slot in range(self.jobs):
                    self._feed(slot, pending)
                busy = {w.fd: (slot, w) for slot, w in enumerate(self._workers) if w and not w.idle}
                poller = select.poll()
                for fd in busy:
                    poller.register(fd, select.POLLIN)
                wait = min((w.deadline for _, w in busy.values()), default=0.0) - time.monotonic()
                done: list[Task] = []
                for fd, _ in poller.poll(max(0.0, wait) * 1000):
                    slot, w = busy[fd]
                    messages = w.read()
                    if messages is None:
                        self._fail(slot, w, Phrase("O022"), pending)
                    for message in messages or ():
                        self._on_message(slot, w, message, pending, done)
                # Every free worker gets its next document first; then, while LibreOffice works, the PDFs
                # just written are checked or split, and the next chunk is composed.
                for slot in range(self.jobs):
                    self._feed(slot, pending)
                for task in done:
                    pending.accept(task)
                if pending.queue and pending.queue[0].members and not pending.queue[0].prepared:
                    prepare(pending.queue[0], pending)
                now = time.monotonic()
                for slot, w in busy.values():
                    if self._workers[slot] is w and w.deadline <= now:
                        late = self.timeout if w.task else START_TIMEOUT
                        self._fail(slot, w, Phrase("O023", seconds=f"{late:g}"), pending)
        except BaseException:
            for slot, worker in enumerate(self._workers):
                if worker and worker.task:  # mid-document: kill it; its half-written PDF is removed with it
                    self._stop(slot)
            raise

    def _on_message(self, slot: int, w: _Worker, message: dict[str, Any], pending: Pending, done: list[Task]) -> None:
        if "ready" in message:
            w.ready, w.office_pgid = bool(message["ready"]), int(message.get("office_pgid", 0))
            if w.ready:
                self._start_failures[slot] = 0
            else:
                self._fail(slot, w, _cause(message), pending)
        elif message.get("ok") and w.task:
            task, w.task = w.task, None
            w.done += task.size
            pending.busy += time.monotonic() - w.sent
            done.append(task)
        else:
            self._fail(slot, w, _cause(message), pending, restart=bool(message.get("restart")))

    def _fail(self, slot: int, w: _Worker, cause: Phrase, pending: Pending, restart: bool = True) -> None:
        """The worker's document failed, or the worker did not start: retry, restart, or give up."""
        task, w.task = w.task, None
        if task:
            pending.retry(task, cause)
        elif not w.ready:
            self._start_failures[slot] += 1
            if self._start_failures[slot] >= ATTEMPTS:
                tail = w.log_tail()
                self._stop(slot)
                raise ConversionError(code="O005", cause=cause, log=f" ({tail})" if tail else "", soffice=self.soffice)
        if restart:
            self._stop(slot)


def _cause(answer: dict[str, Any]) -> Phrase:
    """The cause a worker sent (``code`` and ``args``, see ``uno_worker``), worded when printed."""
    args = answer.get("args")
    return Phrase(str(answer.get("code")), **(args if isinstance(args, dict) else {}))


def _exit_on_signals() -> None:
    """Unless the program handles them, make SIGTERM and SIGHUP raise SystemExit, so that ``with`` and atexit close."""
    if threading.current_thread() is threading.main_thread():
        # Windows has no SIGHUP (and a closed console ends the program without a signal Python sees).
        for signum in (signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])):
            if signal.getsignal(signum) is signal.SIG_DFL:
                signal.signal(signum, _raise_exit)


def _raise_exit(signum: int, _: object) -> None:
    raise SystemExit(128 + signum)
