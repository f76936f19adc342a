"""The records the build's modules pass each other: a document to build, a failure, the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from skpdoc.build.manifest import OutputEntry
from skpdoc.render.opd import OpdJob
from skpdoc.render.pipeline import Job
from skpdoc.selection import Skipped


@dataclass(frozen=True, eq=False)  # compared by identity: two documents are never the same one
class Doc:
    """One document of the build: what it prints, where it goes, and the manifest entry it gets once built."""

    job: Job | OpdJob  # an employee's form, or a document of the whole OPD (rekap, matriks)
    opd: str
    docx: Path
    pdf: Path
    entry: OutputEntry  # with the PDF's name; its pages are known once converted
    view: Any  # the template's context object, built once for the key and reused to render; None when the
    # document was taken from the manifest as up to date (skpdoc.build.documents.describe_group)
    source: Path  # the spec (or opd.yaml) the document prints, named when it fails

    @property
    def name(self) -> str:
        """The .docx relative to ``OUT/<tahun>``: the document's name in the manifest and in messages."""
        return self.entry.docx

    @property
    def pdf_name(self) -> str:
        """The PDF relative to ``OUT/<tahun>``, named when its conversion fails."""
        return PurePosixPath(self.name).with_suffix(".pdf").as_posix()

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def draft(self) -> bool:
        """Titled KONSEP: something it shows is still to fill or to confirm."""
        return self.entry.draft


@dataclass
class Failure:
    output: str
    cause: str  # a Phrase or ErrorText: Indonesian as text, ``cause.render(lang)`` in the reader's language


@dataclass
class BuildReport:
    root: Path
    built: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)
    bundles: list[Path] = field(default_factory=list)
    bundles_skipped: list[str] = field(default_factory=list)  # OPDs whose bundle was not written (a document failed)
    opds_skipped: list[Skipped] = field(default_factory=list)  # OPDs left out of a whole build: their specs have errors
    seconds: float = 0.0
    drafts: int = 0  # documents of the build titled KONSEP: something they show is still to fill or to confirm

    @property
    def ok(self) -> bool:
        return not (self.failed or self.opds_skipped)
