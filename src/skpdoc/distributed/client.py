"""The client's side: a converter whose LibreOffice runs on the workers of a Dask cluster.

:class:`ClusterConverter` does for :func:`skpdoc.build.build` what a local
:class:`skpdoc.convert.Converter` does (it is given as ``warm``, a
:class:`skpdoc.build.pdfs.PdfConverter`): the build
renders, decides what is stale, checks each PDF's text, keeps the manifest
and writes the bundles as ever; only the conversion moves. Each call:

* cuts the forms into tasks (:mod:`skpdoc.distributed.plan`) and submits them
  a few per worker thread at a time, each carrying its forms' .docx bytes,
  read when it is submitted: the client's memory and the scheduler's hold
  only the tasks in flight, however large the build;
* as each task completes, writes its PDFs beside their targets and renames
  them into place (:func:`skpdoc.files.write_atomic`: a reader never sees
  half a PDF), then reports each form to ``progress``;
* a task that fails as a whole (its worker died more often than Dask allows,
  or could not start LibreOffice) goes back form by form; a form that fails
  alone is reported with its cause, never retried past that. A form that
  LibreOffice cannot convert is not such a failure: the worker's converter
  reports it, with the cause a local build would give.

The results come straight from the workers (``direct_to_workers``), not
through the scheduler, where the client can reach them.
"""

from __future__ import annotations

import collections
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from skpdoc.convert import ConvertReport, check_docx
from skpdoc.distributed import plan
from skpdoc.distributed.worker import Converted, OfficePlugin, convert_forms, plugin_name
from skpdoc.files import write_atomic
from skpdoc.hints import Phrase

if TYPE_CHECKING:
    from distributed import Client, Future, as_completed

#: Tasks in flight per worker thread: one running, one waiting on the worker so that it never idles between two.
IN_FLIGHT_PER_THREAD = 2


@dataclass
class Traffic:
    """What the cluster did for this converter, summed over its calls (the benchmark prints it)."""

    tasks: int = 0
    forms: int = 0
    sent: int = 0  # bytes of .docx sent in task payloads (through the scheduler)
    received: int = 0  # bytes of PDF received (from the workers)
    worker_seconds: float = 0.0  # LibreOffice's conversions on the workers, summed
    wall_seconds: float = 0.0  # of the convert calls
    composed: int = 0


class ClusterConverter:
    """Converts .docx to PDF on a Dask cluster's workers; what :func:`skpdoc.build.build` takes as ``warm``."""

    def __init__(self, client: Client, *, pdfa: bool = False) -> None:
        """Use ``client``'s cluster: every worker, present and future, starts its LibreOffice (PDF/A if ``pdfa``)."""
        self.client, self.pdfa = client, pdfa
        self.traffic = Traffic()
        client.register_plugin(OfficePlugin(pdfa), name=plugin_name(pdfa))

    def threads(self) -> int:
        """The worker threads of the cluster now (each with its LibreOffice)."""
        return max(1, sum(self.client.nthreads().values()))  # type: ignore[no-untyped-call]

    def convert(
        self,
        items: Sequence[tuple[Path, Path]],
        progress: Callable[[Path], None] | None = None,
        *,
        compose: bool = True,
    ) -> ConvertReport:
        """Convert each (docx, pdf) pair on the cluster; ``progress(docx)`` as each is done, converted or not.

        Forms are always composed where they can be (as :meth:`skpdoc.convert.Converter.convert` with
        ``compose``): the flag is accepted for the same call to work with either converter.
        """
        started, composed = time.perf_counter(), self.traffic.composed
        causes: dict[int, str | None] = {}
        readable = []
        for index, (src, _) in enumerate(items):
            if cause := check_docx(Path(src)):
                causes[index] = cause
                if progress:
                    progress(Path(src))
            else:
                readable.append(index)
        cut = plan.cut([Path(items[i][0]) for i in readable], self.threads())
        waiting = collections.deque([[readable[k] for k in task] for task in cut])
        _Run(self, items, causes, progress).run(waiting)
        report = ConvertReport()
        for index, (src, dst) in enumerate(items):
            if (failure := causes.get(index)) is None:
                report.converted.append(Path(dst))
            else:
                report.failed.append((Path(src), failure))
        self.traffic.wall_seconds += time.perf_counter() - started
        report.composed = self.traffic.composed - composed
        return report

    def start_all(self) -> None:
        """Nothing to do: each worker started its LibreOffice when it started."""

    def release(self) -> None:
        """Nothing to do: the workers keep their LibreOffice for the next build (they are the cluster's)."""


class _Run:
    """One ``convert`` call's tasks, submitted a few at a time and taken in as they complete."""

    def __init__(
        self,
        owner: ClusterConverter,
        items: Sequence[tuple[Path, Path]],
        causes: dict[int, str | None],
        progress: Callable[[Path], None] | None,
    ) -> None:
        self.owner, self.items, self.causes, self.progress = owner, items, causes, progress
        self.flying: dict[Future[Converted], list[int]] = {}

    def run(self, waiting: collections.deque[list[int]]) -> None:
        from distributed import as_completed

        completed = as_completed()  # type: ignore[no-untyped-call]
        try:
            self._fill(waiting, completed)
            for future in completed:
                forms = self.flying.pop(future)
                if future.status == "finished":
                    self._take(forms, future.result())
                elif len(forms) > 1:  # the task as a whole: its forms go again one by one, first
                    waiting.extendleft([index] for index in reversed(forms))
                else:
                    self._done(forms[0], Phrase("C010", detail=_why(future)))
                future.release()
                self._fill(waiting, completed)
        except BaseException:
            # An interrupted build (Ctrl-C, a write that failed) leaves the cluster free for the next one.
            self.owner.client.cancel(list(self.flying))  # type: ignore[no-untyped-call]
            raise

    def _fill(self, waiting: collections.deque[list[int]], completed: as_completed) -> None:
        room = self.owner.threads() * IN_FLIGHT_PER_THREAD - len(self.flying)
        while waiting and room > 0:
            forms = waiting.popleft()
            payload = [Path(self.items[index][0]).read_bytes() for index in forms]
            # A form alone gets a second chance at an error (a worker whose LibreOffice would not start): Dask
            # runs it again, maybe elsewhere. A worker dying is not an error: Dask reschedules that by itself.
            future = self.owner.client.submit(
                convert_forms,
                payload,
                self.owner.pdfa,
                key=f"skpdoc-convert-{uuid.uuid4().hex}",
                pure=False,
                retries=1 if len(forms) == 1 else 0,
            )
            self.flying[future] = forms
            completed.add(future)  # type: ignore[no-untyped-call]
            traffic = self.owner.traffic
            traffic.tasks += 1
            traffic.sent += sum(len(data) for data in payload)
            room -= 1

    def _take(self, forms: list[int], answer: Converted) -> None:
        traffic = self.owner.traffic
        traffic.worker_seconds += answer.seconds
        traffic.composed += answer.composed
        for index, pdf, cause in zip(forms, answer.pdfs, answer.causes, strict=True):
            if pdf is not None:
                write_atomic(Path(self.items[index][1]), pdf)
                traffic.received += len(pdf)
            self._done(index, None if pdf is not None else cause or Phrase("O015"))

    def _done(self, index: int, cause: str | None) -> None:
        self.causes[index] = cause
        self.owner.traffic.forms += 1
        if self.progress:
            self.progress(Path(self.items[index][0]))


def _why(future: Future[Converted]) -> str:
    """What ended a task that failed as a whole, briefly: an exception's type and text, or the task's state."""
    if future.status != "error":
        return str(future.status)  # cancelled, lost with the scheduler
    exception = future.exception()  # type: ignore[no-untyped-call]
    return f"{type(exception).__name__}: {exception}"[:300]
