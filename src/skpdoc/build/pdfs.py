"""The PDFs of a build: LibreOffice started when needed, the documents converted, each PDF's text checked."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from skpdoc.build.manifest import OutputEntry
from skpdoc.build.records import BuildReport, Doc, Failure
from skpdoc.hints import Phrase
from skpdoc.textcheck import missing_words

if TYPE_CHECKING:
    from skpdoc.convert import Converter

#: Pages one LibreOffice worker converts in about the time a second one takes to start (~2 s).
ONE_WORKER_PAGES = 30

log = logging.getLogger(__name__)


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
    office: Converter,
    docs: list[Doc],
    outputs: dict[str, OutputEntry],
    report: BuildReport,
    *,
    progress: Callable[[str], None] | None,
    save: Callable[[], None],
) -> None:
    """Convert the rendered ``docs``; each PDF that keeps all its form's text is entered in ``outputs``."""
    from pypdf import PdfReader

    by_docx = {doc.docx: doc for doc in docs}
    done = 0

    def finished(docx: Path) -> None:
        nonlocal done
        doc = by_docx[docx]
        if doc.pdf.is_file() and (lost := missing_words(doc.docx, doc.pdf)):
            doc.pdf.unlink()  # a form that lacks part of its text must not be signed, nor bundled
            report.failed.append(Failure(doc.pdf_name, _lost_text(doc, lost)))
        elif doc.pdf.is_file():
            outputs[doc.name] = dataclasses.replace(doc.entry, pages=len(PdfReader(doc.pdf).pages))
            report.built += 1
        done += 1
        if done % 50 == 0:
            save()  # an interrupted build resumes from here
        if progress:
            progress(doc.name)

    # Composed: twenty or so forms per LibreOffice document, split per form (skpdoc.convert.compose): 25-35% faster.
    result = office.convert([(doc.docx, doc.pdf) for doc in docs], progress=finished, compose=True)
    for docx, cause in result.failed:
        doc = by_docx[docx]
        outputs.pop(doc.name, None)
        report.failed.append(Failure(doc.pdf_name, Phrase("L012", cause=cause, source=str(doc.source))))


def _lost_text(doc: Doc, lost: list[str]) -> Phrase:
    shown = [word if len(word) <= 30 else word[:29] + "…" for word in lost[:8]]
    sample = " ".join(shown) + (" …" if len(lost) > 8 else "")
    return Phrase("L013", count=len(lost), file=doc.source.name, sample=sample, source=str(doc.source))
