"""What runs on a Dask worker: its LibreOffice, started with it, and the one task skpdoc submits.

:class:`OfficePlugin` is registered by the client (:mod:`skpdoc.distributed.client`);
Dask sets it up on every worker, also on those that join or are restarted
later, and tears it down when the worker stops. It starts one
:class:`skpdoc.convert.Converter` of one LibreOffice per worker thread, each
with its own profile in the worker's temporary folder, so that a task never
waits for LibreOffice to start (~2 s) and never shares it with another task.

:func:`convert_forms` is the task: the .docx bytes in, a PDF's bytes or the
cause of its failure per form out. The worker needs no workspace and no
shared filesystem: the forms are written to a temporary folder, converted
there (composed twenty at a time, form by form when a composed document
fails, exactly as a local build), read back and removed. A worker killed
mid-task loses nothing the client has not: Dask runs the task again on
another worker, from its payload.
"""

from __future__ import annotations

import contextlib
import queue
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin, get_worker

from skpdoc.convert import Converter

if TYPE_CHECKING:
    from distributed import Worker


def plugin_name(pdfa: bool) -> str:
    """The plugin's name on the workers: one per kind of PDF, so PDF/A and plain builds can share a cluster."""
    return "skpdoc-office-pdfa" if pdfa else "skpdoc-office"


class OfficePlugin(WorkerPlugin):
    """One warm LibreOffice per worker thread, started with the worker, stopped with it."""

    #: Registered again by every build's client: a worker keeps the LibreOffice it runs (and the tasks of
    #: another build using it) instead of stopping it for an identical plugin.
    idempotent = True

    def __init__(self, pdfa: bool) -> None:
        self.pdfa = pdfa
        self._idle: queue.Queue[Converter] = queue.Queue()
        self._all: list[Converter] = []

    def __getstate__(self) -> dict[str, Any]:
        return {"pdfa": self.pdfa}  # what the worker needs to start its own; never the client's processes

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(bool(state["pdfa"]))  # type: ignore[misc]

    def setup(self, worker: Worker) -> None:
        """Start one LibreOffice per thread: they warm up while the scheduler sends the first tasks."""
        for _ in range(max(1, worker.state.nthreads)):
            converter = Converter(1, pdfa=self.pdfa)
            self._all.append(converter)
            self._idle.put(converter)

    def teardown(self, worker: Worker) -> None:
        """Stop every LibreOffice of this worker and remove its profiles."""
        for converter in self._all:
            converter.close()
        self._all.clear()

    @contextlib.contextmanager
    def converter(self) -> Iterator[Converter]:
        """A converter no other task uses meanwhile (there is one per worker thread, so none waits)."""
        converter = self._idle.get()
        try:
            yield converter
        finally:
            self._idle.put(converter)


@dataclass
class Converted:
    """A task's answer: per form, in the order given, its PDF's bytes or why it failed; and what it cost."""

    pdfs: list[bytes | None] = field(default_factory=list)
    causes: list[str | None] = field(default_factory=list)  # a Phrase of the catalogue: worded by the client
    seconds: float = 0.0  # the conversion itself, on the worker
    composed: int = 0  # forms converted as part of a composed document


def convert_forms(forms: list[bytes], pdfa: bool) -> Converted:
    """Convert each form (the bytes of a .docx) to PDF with this worker's LibreOffice (the Dask task)."""
    plugin = get_worker().plugins.get(plugin_name(pdfa))
    if not isinstance(plugin, OfficePlugin):
        raise RuntimeError(f"this worker has no {plugin_name(pdfa)} plugin: was it started by skpdoc's client?")
    answer = Converted()
    with plugin.converter() as converter, tempfile.TemporaryDirectory(prefix="skpdoc-task-") as folder:
        pairs = [(Path(folder) / f"{k}.docx", Path(folder) / f"{k}.pdf") for k in range(len(forms))]
        for (docx, _), data in zip(pairs, forms, strict=True):
            docx.write_bytes(data)
        started = time.perf_counter()
        report = converter.convert(pairs, compose=True)
        answer.seconds, answer.composed = time.perf_counter() - started, report.composed
        causes = dict(report.failed)
        for docx, pdf in pairs:
            answer.causes.append(causes.get(docx))
            answer.pdfs.append(pdf.read_bytes() if docx not in causes else None)
    return answer
