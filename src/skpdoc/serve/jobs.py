"""Long work of ``skpdoc serve`` (an OPD's bundle, its rekap workbook) run by one background worker thread.

A request only queues a :class:`Job` and answers at once; the job page then reads its progress. Jobs run one
at a time, in the order they came: LibreOffice is heavy and the server has two cores, so a second worker
would only slow both down. The worker is a daemon thread started with the first job, so a server stopping
is never held up by a bundle (LibreOffice's own guard ends it with the process).

Each job belongs to the account that started it; its result is a file in the runner's private temporary
folder (mode 0700), named by the job's random id, never by anything a request sent. A finished job is kept
for :data:`KEEP_SECONDS`, then forgotten with its file. One account may have :data:`MAX_OPEN` jobs waiting
or running; asking again for a job it already has waiting returns that one instead of queuing a copy.
"""

from __future__ import annotations

import atexit
import logging
import queue
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

log = logging.getLogger(__name__)

#: Seconds a finished job (and its file) is kept for its owner to download.
KEEP_SECONDS = 3600.0
#: Jobs one account may have waiting or running at once.
MAX_OPEN = 3


class State(Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class TooMany(Exception):
    """The account already has :data:`MAX_OPEN` jobs waiting or running."""


@dataclass(frozen=True)
class Progress:
    """A job's progress at one moment: ``done`` of ``total`` (0 while unknown), and the step it is at."""

    state: State
    done: int
    total: int
    step: str


#: The work of a job: writes its result to the path given, reporting progress with ``report(done, total, step)``.
Work = Callable[[Path, Callable[[int, int, str], None]], None]


@dataclass(eq=False)
class Job:
    """One piece of long work, its owner and its progress (updated by the worker, read by requests)."""

    id: str
    owner: str
    kind: str  # what it makes: "bundle", "rekap"
    subject: str  # what of: the OPD's slug
    filename: str  # the name the download gets
    same: tuple[object, ...]  # jobs with the same owner and ``same`` that are still waiting are one job
    work: Work
    result: Path
    created: float = field(default_factory=time.monotonic)
    ended: float | None = None
    error: BaseException | None = None  # why it failed; the page words it in the reader's language
    _progress: Progress = field(default_factory=lambda: Progress(State.WAITING, 0, 0, "menunggu"))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def progress(self) -> Progress:
        with self._lock:
            return self._progress

    @property
    def state(self) -> State:
        return self.progress.state

    def report(self, done: int, total: int, step: str) -> None:
        with self._lock:
            if self._progress.state is State.RUNNING:
                self._progress = Progress(State.RUNNING, done, total, step)

    def _set(self, state: State, step: str) -> None:
        with self._lock:
            old = self._progress
            done = old.total if state is State.DONE else old.done
            self._progress = Progress(state, done, old.total, step)


class Runner:
    """The jobs of one app and the thread that runs them (see the module docstring)."""

    def __init__(self, keep_seconds: float = KEEP_SECONDS, max_open: int = MAX_OPEN) -> None:
        self.keep_seconds = keep_seconds
        self.max_open = max_open
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._folder: Path | None = None

    def submit(
        self, owner: str, kind: str, subject: str, filename: str, work: Work, *, same: tuple[object, ...] = ()
    ) -> Job:
        """Queue ``work`` for ``owner``, or return the same job if it is still waiting; :class:`TooMany` when the
        owner has too many open jobs."""
        with self._lock:
            self._expire()
            open_jobs = [j for j in self._jobs.values() if j.owner == owner and j.ended is None]
            for job in open_jobs:
                if job.kind == kind and job.subject == subject and job.same == same and job.state is State.WAITING:
                    return job
            if len(open_jobs) >= self.max_open:
                raise TooMany
            ident = secrets.token_urlsafe(16)
            suffix = Path(filename).suffix
            job = Job(ident, owner, kind, subject, filename, same, work, self._private() / f"{ident}{suffix}")
            self._jobs[ident] = job
            self._start()
        self._queue.put(job)
        return job

    def get(self, ident: str) -> Job | None:
        with self._lock:
            self._expire()
            return self._jobs.get(ident)

    def ahead_of(self, job: Job) -> int:
        """How many jobs run or wait before ``job`` (0 once it runs)."""
        if job.state is not State.WAITING:
            return 0
        with self._lock:
            return sum(1 for j in self._jobs.values() if j.ended is None and j.created < job.created and j is not job)

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._serve, name="skpdoc-serve-jobs", daemon=True)
            self._thread.start()

    def _private(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="skpdoc-serve-jobs-"))  # 0700: only this user reads it
            atexit.register(shutil.rmtree, self._folder, True)
        return self._folder

    def _expire(self) -> None:
        now = time.monotonic()
        for ident, job in list(self._jobs.items()):
            if job.ended is not None and now - job.ended > self.keep_seconds:
                del self._jobs[ident]
                job.result.unlink(missing_ok=True)

    def _serve(self) -> None:
        while True:
            job = self._queue.get()
            self._run(job)

    def _run(self, job: Job) -> None:
        job._set(State.RUNNING, "mulai")
        try:
            job.work(job.result, job.report)
        except Exception as exc:  # whatever went wrong is the job's failure, not the worker's end
            if not _expected(exc):
                log.exception("job %s (%s of %s) failed", job.id, job.kind, job.subject)
            job.error = exc
            job.result.unlink(missing_ok=True)
            job.ended = time.monotonic()
            job._set(State.FAILED, "gagal")
        else:
            job.ended = time.monotonic()
            job._set(State.DONE, "selesai")


def _expected(exc: BaseException) -> bool:
    """An error skpdoc raises on purpose (invalid specs, a failed conversion): the job page says it, no log."""
    from skpdoc.errors import SkpdocError

    return isinstance(exc, SkpdocError)
