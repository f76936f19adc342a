"""The PDFs of a build: LibreOffice started when needed, the documents converted, each PDF's text checked."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from skpdoc.build.manifest import OutputEntry
from skpdoc.build.records import BuildReport, Doc, Failure
from skpdoc.hints import Phrase
from skpdoc.textcheck import missing_words

if TYPE_CHECKING:
    from skpdoc.convert import Converter

#: Pages one LibreOffice worker converts in about the time a second one takes to start (~2 s).
ONE_WORKER_PAGES = 30

log = logging.getLogger(__name__)


class Converted(Protocol):
    """What a conversion reports back: the .docx that failed, with their causes (a Phrase, or a str)."""

    @property
    def failed(self) -> Sequence[tuple[Path, str]]: ...


class PdfConverter(Protocol):
    """What a build converts with: a :class:`skpdoc.convert.Converter`, or another with its interface (``warm``)."""

    @property
    def pdfa(self) -> bool: ...

    def convert(
        self,
        items: Sequence[tuple[Path, Path]],
        progress: Callable[[Path], None] | None = None,
        *,
        compose: bool = False,
    ) -> Converted:
        """Convert each (docx, pdf) pair, calling ``progress(docx)`` as each is done, converted or not."""
        ...

    def start_all(self) -> None:
        """Start the workers held back: there is much to convert."""
        ...

    def release(self) -> None:
        """Let the workers stop: nothing more will be converted."""
        ...


def try_start(office: contextlib.ExitStack, jobs: int | None, pdfa: bool, start: int | None) -> Converter | None:
    """A converter started while the documents render; None if LibreOffice is missing, which is reported only
    if something does need converting, once the .docx files are written."""
    from skpdoc.convert import LibreOfficeMissing

    try:
        return office.enter_context(converter(jobs, pdfa, start))
    except LibreOfficeMissing:
        log.debug("LibreOffice not found; reported only if a document needs converting")
        return None


def converter(jobs: int | None, pdfa: bool, start: int | None) -> Converter:
    """A converter of ``jobs`` LibreOffice workers, ``start`` of them started now (raises if it is missing)."""
    from skpdoc.convert import Converter

    return Converter(jobs, pdfa=pdfa, start=start)


def convert(
    office: PdfConverter,
    docs: list[Doc],
    outputs: dict[str, OutputEntry],
    report: BuildReport,
    *,
    progress: Callable[[str], None] | None,
    save: Callable[[], None],
) -> None:
    """Convert the rendered ``docs``; each PDF that keeps all its form's text is entered in ``outputs``."""
    by_docx = {doc.docx: doc for doc in docs}
    saving = _Saving(save)

    def finished(docx: Path) -> None:
        doc = by_docx[docx]
        if doc.pdf.is_file() and (lost := missing_words(doc.docx, doc.pdf)):
            doc.pdf.unlink()  # a form that lacks part of its text must not be signed, nor bundled
            report.failed.append(Failure(doc.pdf_name, _lost_text(doc, lost)))
        elif doc.pdf.is_file():
            outputs[doc.name] = dataclasses.replace(doc.entry, pages=_page_count(doc.pdf))
            report.built += 1
        saving.one_done()  # an interrupted build resumes from here
        if progress:
            progress(doc.name)

    # Composed: twenty or so forms per LibreOffice document, split per form (skpdoc.convert.compose): 25-35% faster.
    result = office.convert([(doc.docx, doc.pdf) for doc in docs], progress=finished, compose=True)
    for docx, cause in result.failed:
        doc = by_docx[docx]
        outputs.pop(doc.name, None)
        report.failed.append(Failure(doc.pdf_name, Phrase("L012", cause=cause, source=str(doc.source))))


class _Saving:
    """Saves the manifest every 50 documents, or less often when saving is slow: LibreOffice waits for the next
    chunk while it is written, so saving takes at most ~1/20 of the time (a 20,000-document manifest takes
    ~0.3 s to assemble and write)."""

    EVERY = 50
    SHARE = 20

    def __init__(self, save: Callable[[], None]) -> None:
        self._save = save
        self._since = 0
        self._last = time.monotonic()
        self._cost = 0.0

    def one_done(self) -> None:
        self._since += 1
        now = time.monotonic()
        if self._since >= self.EVERY and now - self._last >= self.SHARE * self._cost:
            self._save()
            self._since, self._last = 0, time.monotonic()
            self._cost = self._last - now


def _page_count(pdf: Path) -> int:
    """PDFium reads only the cross-reference table and the page tree for this: a fifth of pypdf's parse."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def _lost_text(doc: Doc, lost: list[str]) -> Phrase:
    shown = [word if len(word) <= 30 else word[:29] + "…" for word in lost[:8]]
    sample = " ".join(shown) + (" …" if len(lost) > 8 else "")
    return Phrase("L013", count=len(lost), file=doc.source.name, sample=sample, source=str(doc.source))
