"""The bookkeeping of :class:`skpdoc.convert.Converter`: what is left to convert, and how each document ended.

A task is one .docx, or a *chunk*: several forms composed into one document
(:mod:`skpdoc.convert.compose`), converted by one LibreOffice call and split back into
one PDF per form. A chunk is never retried as a whole: when anything about it
fails (LibreOffice refuses or crashes on it, it runs past the timeout, its
PDF cannot be split), its forms go back to the queue one by one, without a
failed attempt charged to them, so one bad form costs its neighbours only time.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from skpdoc.convert import compose, pdfsplit
from skpdoc.files import copy_atomic, write_atomic
from skpdoc.hints import Phrase

ATTEMPTS = 2  # per document
CHUNK = 20  # forms per composed document at most: past about 20 the gain per form stops growing
CHUNKS_PER_JOB = 3  # at least, when there are enough forms: small enough to end both workers' queues together
#: Fewer forms than this per worker are converted alone: composing saves ~30% of a form's conversion, but
#: a few forms (a one-spec rebuild) in one chunk would keep the other workers idle.
COMPOSE_FROM = 8


@dataclass
class Task:
    index: int  # in the caller's list; negative for a chunk
    src: Path  # the .docx; for a chunk, the composed one (written when the chunk is sent)
    dst: Path
    attempts: int = 0
    out: Path | None = None  # where LibreOffice writes, in the converter's temporary folder
    members: list[Task] = field(default_factory=list)  # the forms of a chunk
    info: list[dict[str, str]] = field(default_factory=list)  # their PDF document information
    prepared: bool = False  # the chunk is composed (src written)

    @property
    def size(self) -> int:
        """How many documents the task converts."""
        return len(self.members) or 1


def check_pdf(path: Path) -> Phrase | None:
    """Why ``path`` is not a usable PDF, or None: it must open with pypdf and have a page."""
    try:
        if path.stat().st_size == 0:
            return Phrase("O014")
        pages = len(PdfReader(path).pages)
    except FileNotFoundError:
        return Phrase("O015")
    except Exception as exc:  # pypdf raises many kinds on a broken file
        return Phrase("O016", detail=str(exc))
    return None if pages else Phrase("O017")


#: LibreOffice 7.x writes the Info CreationDate of a PDF/A as ``D:20240101120000Z'``: the apostrophe belongs to an
#: offset that is not there (ISO 32000-1, 7.9.4), and a strict reader then finds it unequal to the XMP's date.
_BROKEN_DATE = re.compile(rb"/CreationDate\(D:\d{14}Z'\)")


def repair_creation_date(pdf: Path) -> None:
    """Drop that apostrophe in place: ``')`` becomes ``) `` (same length, so no offset of the file moves)."""
    try:
        with open(pdf, "r+b") as file:
            data = file.read()
            found = _BROKEN_DATE.search(data)
            if found:
                file.seek(found.end() - 2)
                file.write(b") ")
    except OSError:  # nothing to repair: the conversion's own checks report a missing file
        return


class Pending:
    """The documents of one ``convert`` call still to do, and how the others ended."""

    def __init__(self, progress: Callable[[Path], None] | None, *, pdfa: bool = False) -> None:
        self.pdfa = pdfa
        self.queue: deque[Task] = deque()
        self.causes: dict[int, Phrase | None] = {}  # why each document failed, worded when printed
        self.progress = progress
        self.composed = 0  # forms converted as part of a chunk
        self.busy = 0.0  # seconds between sending a request and its answer, summed over the workers

    def finish(self, task: Task, cause: Phrase | None) -> None:
        if cause is None and self.pdfa:
            repair_creation_date(task.dst)
        self.causes[task.index] = cause
        if self.progress:
            self.progress(task.src)

    def retry(self, task: Task, cause: Phrase | None) -> None:
        """Try ``task`` again, or give up on it with ``cause``; a chunk goes back form by form (no cause needed)."""
        if task.out:
            task.out.unlink(missing_ok=True)
        if task.members:
            self.dissolve(task)
            return
        task.attempts += 1
        if task.attempts < ATTEMPTS:
            self.queue.appendleft(task)
        else:
            self.finish(task, Phrase("O020", cause=cause, attempts=task.attempts))

    def dissolve(self, chunk: Task) -> None:
        """Convert the chunk's forms one by one after all (they go first)."""
        chunk.src.unlink(missing_ok=True)
        self.queue.extendleft(reversed(chunk.members))

    def accept(self, task: Task) -> None:
        """LibreOffice says it wrote ``task.out``: check it, then put it (or each form of the chunk) in place."""
        assert task.out
        if task.members:
            self._accept_chunk(task)
        elif cause := check_pdf(task.out):
            self.retry(task, cause)
        else:
            place(task.out, task.dst)
            self.finish(task, None)

    def _accept_chunk(self, chunk: Task) -> None:
        assert chunk.out
        try:
            pdfs = pdfsplit.split(chunk.out, chunk.info)
        except Exception:  # SplitError, or pypdf on a broken file: the forms are converted one by one
            self.retry(chunk, None)
            return
        chunk.out.unlink()
        chunk.src.unlink(missing_ok=True)
        for member, pdf in zip(chunk.members, pdfs, strict=True):
            write_atomic(member.dst, pdf)
            self.composed += 1
            self.finish(member, None)


def place(pdf: Path, dst: Path) -> None:
    """Copy to a hidden name beside ``dst``, then rename: a reader never sees half a PDF."""
    copy_atomic(pdf, dst)  # its temporary name is one a next build recognises and removes if we are killed
    pdf.unlink()


def plan_chunks(pending: Pending, jobs: int, folder: Path) -> None:
    """Regroup the queue: forms that can share a document in chunks (first), the others alone (last).

    Big tasks first and small ones last keeps the workers busy until the end.
    """
    if len(pending.queue) < COMPOSE_FROM * jobs:
        # Biggest first, so that no worker starts a long one last.
        pending.queue = deque(sorted(pending.queue, key=lambda task: -_size(task.src)))
        return
    groups: dict[str, list[Task]] = {}
    alone: list[Task] = []
    for task in pending.queue:
        key = compose.group_key(task.src)
        (groups.setdefault(key, []) if key else alone).append(task)
    count = sum(len(tasks) for tasks in groups.values())
    size = max(2, min(CHUNK, math.ceil(count / (jobs * CHUNKS_PER_JOB))))
    chunks: list[Task] = []
    for tasks in groups.values():
        parts = max(1, min(math.ceil(len(tasks) / size), len(tasks) // 2))  # of about the same size, all of 2 or more
        for n in range(parts):
            part = tasks[n * len(tasks) // parts : (n + 1) * len(tasks) // parts]
            if len(part) < 2:
                alone += part
            else:
                number = len(chunks) + 1
                chunks.append(Task(-number, folder / f"chunk{number}.docx", folder, members=part))
    pending.queue = deque(chunks + alone)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def prepare(chunk: Task, pending: Pending) -> bool:
    """Compose the chunk's forms into ``chunk.src``; False if fewer than two could be (the rest go alone)."""
    try:
        composed = compose.compose([m.src for m in chunk.members])
    except Exception:  # a form compose does not understand: convert all of them alone, as ever
        composed = compose.Composed(alone=[(k, "") for k in range(len(chunk.members))])
    alone = [chunk.members[k] for k, _ in composed.alone]
    chunk.members = [chunk.members[k] for k in composed.members]
    chunk.info = composed.info
    if len(chunk.members) < 2:
        alone += chunk.members
        chunk.members = []
    pending.queue.extendleft(reversed(alone))
    if chunk.members:
        chunk.src.parent.mkdir(parents=True, exist_ok=True)
        chunk.src.write_bytes(composed.data)
        chunk.prepared = True
    elif chunk in pending.queue:  # composed ahead of its turn, and nothing left of it
        pending.queue.remove(chunk)
    return bool(chunk.members)
