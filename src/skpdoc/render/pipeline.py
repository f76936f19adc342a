"""Which documents a workspace needs, which template each uses, and writing them.

A document is one form for one employee (and one periode for the
evaluation forms). Its file name is deterministic:
``<nip>/<form>[-<periode>].docx``. Templates are looked up by name in the
user's folders first (``--templates DIR``, then ``<workspace>/templates/``)
and then among the built-in ones, so any built-in form can be replaced.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from skpdoc import paths
from skpdoc.errors import Severity, UsageError
from skpdoc.files import write_atomic
from skpdoc.hints import Phrase, require_known
from skpdoc.messages import message
from skpdoc.model import Pegawai, Workspace
from skpdoc.reference import PERIODE
from skpdoc.render import describe, engine, viewmodel
from skpdoc.render.describe import Properti
from skpdoc.render.engine import RenderError
from skpdoc.resources import data_dir

WORKSPACE_TEMPLATES = "templates"


@dataclass(frozen=True)
class Job:
    """One document to produce."""

    nip: str
    form: str
    periode: str | None
    template: str

    @property
    def output(self) -> PurePosixPath:
        return PurePosixPath(self.nip, file_name(self.form, self.periode))


def file_name(form: str, periode: str | None) -> str:
    """``skp.docx``, ``evaluasi-triwulan-1.docx``: a form's file, with the periode when it has one."""
    return f"{form}-{periode}.docx" if periode else f"{form}.docx"


def plan(
    ws: Workspace,
    *,
    forms: Sequence[str] = (),
    periode: Sequence[str] = (),
    nips: Iterable[str] | None = None,
) -> list[Job]:
    """Every document that applies: SKP and Lampiran, plus both evaluation forms for each periode with data."""
    require_known("--form", forms, viewmodel.FORMS)
    require_known("--periode", periode, PERIODE)
    wanted_forms = list(forms) or list(viewmodel.FORMS)
    selected = set(nips) if nips is not None else None
    jobs: list[Job] = []
    for nip, pegawai in ws.pegawai.items():
        if selected is not None and nip not in selected:
            continue
        for form in wanted_forms:
            template = viewmodel.template_name(pegawai, form)
            if form not in viewmodel.PERIODIC:
                jobs.append(Job(nip, form, None, template))
                continue
            for name in PERIODE:
                if name in pegawai.evaluasi and (not periode or name in periode):
                    jobs.append(Job(nip, form, name, template))
    return jobs


@dataclass
class TemplateSet:
    """Where templates are found: user folders first, then the built-in ones.

    A name present in a user folder is used from there or not at all: an entry
    that is not a regular file (a FIFO, a device, a folder, a dangling link), a
    file past the engine's size limit, or, in the workspace's ``templates/``, a
    link out of the workspace is an error for the documents that use it. It is
    never opened, and never silently replaced by the built-in form the user
    meant to override. ``--templates DIR`` is the user's own choice, so it may
    be anywhere and its links may too; its entries must still be regular files.
    """

    folders: list[Path] = field(default_factory=list)
    #: folder -> the root its entries must stay inside (the workspace, for its own templates/)
    confined: dict[Path, Path] = field(default_factory=dict)

    @classmethod
    def for_workspace(cls, ws: Workspace, extra: Path | None = None) -> TemplateSet:
        from skpdoc.workspace import templates_folder

        folders = [extra] if extra is not None else []
        own = templates_folder(ws.root)  # None when templates/ is a link out (W005 in validate)
        if own is not None:
            folders.append(own)
        if extra is not None and not extra.is_dir():
            raise UsageError(code="F002", subject=str(extra))
        return cls([*folders, data_dir("templates/docx")], {own: ws.root} if own is not None else {})

    def path(self, name: str) -> Path:
        """The file of template ``name``; raises :class:`RenderError` when a user's entry of that name is unusable."""
        for folder in self.folders:
            candidate = folder / name
            if not os.path.lexists(candidate):
                continue
            reason = unusable_reason(candidate, self.confined.get(folder))
            if reason is not None:
                raise RenderError(name, reason)
            return candidate
        raise RenderError(name, Phrase("T054", folders=", ".join(str(f) for f in self.folders)))

    def found(self, name: str) -> Path | None:
        """:meth:`path`, or None when the template cannot be used (its documents fail with the reason)."""
        try:
            return self.path(name)
        except RenderError:
            return None

    def compiled(self, name: str) -> engine.CompiledTemplate:
        return engine.load(self.path(name))

    def compiled_or_failed(self, name: str) -> engine.CompiledTemplate | engine.FailedTemplate:
        """The compiled template, or one whose every render raises why it could not be loaded."""
        try:
            return self.compiled(name)
        except RenderError as exc:
            return engine.FailedTemplate(exc)


def unusable_reason(path: Path, root: Path | None) -> Unusable | None:
    """Why the template entry ``path`` must not be opened (F020, with what to do), or None when it may be.

    Nothing is opened: not a regular file, past :data:`engine.MAX_TEMPLATE_MIB`, or a link out of ``root``
    (when given).
    """
    refusal = paths.examine(path, root, outside=Severity.ERROR)
    if refusal is None and (size := os.stat(path).st_size) > engine.MAX_TEMPLATE_MIB << 20:
        refusal = paths.Refusal("F005", {"size": size, "limit": engine.MAX_TEMPLATE_MIB << 20})
    if refusal is None:
        return None
    reason = Phrase("F021" if refusal.code == "W005" else refusal.code, **refusal.args)
    return Unusable(str(path), reason)


class Unusable(str):
    """F020 and its advice in one text (a template error has one message): a :class:`~skpdoc.hints.Phrase` that
    also says what to do, in Indonesian as a ``str`` and in the reader's language with :meth:`render`."""

    path: str
    reason: Phrase

    def __new__(cls, path: str, reason: Phrase) -> Unusable:
        self = super().__new__(cls, _unusable(path, reason, "id"))
        self.path, self.reason = path, reason
        return self

    def render(self, lang: str) -> str:
        return _unusable(self.path, self.reason, lang)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Unusable, (self.path, self.reason))


def _unusable(path: str, reason: Phrase, lang: str) -> str:
    problem = message("F020", lang, "message", {"path": path, "reason": reason})
    return f"{problem}; {message('F020', lang, 'hint', {})}"


def render_document(ws: Workspace, job: Job, templates: TemplateSet) -> bytes:
    """The .docx bytes of one job."""
    return _render(ws, job, templates)[0]


def _render(ws: Workspace, job: Job, templates: TemplateSet) -> tuple[bytes, bool]:
    """The .docx bytes of one job, and whether it is titled KONSEP."""
    pegawai: Pegawai = ws.pegawai[job.nip]
    form = viewmodel.build(ws, pegawai, job.form, job.periode)
    return render_view(templates.compiled(job.template), form), form.konsep


class _View(Protocol):
    """A form's context object: :class:`viewmodel.Form`, or an OPD document's."""

    @property
    def properti(self) -> Properti: ...

    def context(self) -> dict[str, object]: ...


def render_view(template: engine.CompiledTemplate | engine.FailedTemplate, view: _View) -> bytes:
    """The .docx of ``view`` rendered with ``template``, its document properties describing it
    (:mod:`skpdoc.render.describe`: the title names the form and the employee, unless the template sets its own)."""
    return describe.apply(template.render(view.context()), view.properti)


@dataclass
class RenderReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Job, RenderError]] = field(default_factory=list)
    drafts: list[Path] = field(default_factory=list)  # written documents titled KONSEP (still to fill or confirm)
    pdfs: list[Path] = field(default_factory=list)  # with ``render --pdf``: the PDFs written beside the .docx
    pdf_failed: list[tuple[Path, str]] = field(default_factory=list)  # .docx that did not convert, with the cause


def render_all(
    ws: Workspace,
    jobs: Sequence[Job],
    out_dir: Path,
    templates: TemplateSet,
    progress: Callable[[Job], None] | None = None,
) -> RenderReport:
    """Render every job into ``out_dir``; one failure never stops the others."""
    report = RenderReport()
    for job in jobs:
        try:
            data, konsep = _render(ws, job, templates)
        except RenderError as exc:
            report.failed.append((job, exc))
        else:
            target = out_dir / job.output
            write_atomic(target, data)
            report.written.append(target)
            if konsep:
                report.drafts.append(target)
        if progress is not None:
            progress(job)
    return report


def convert_all(report: RenderReport, jobs: int | None = None) -> None:
    """Convert every .docx the report wrote into a PDF beside it (LibreOffice, :mod:`skpdoc.convert`).

    A PDF that lacks part of its form's text is deleted and counted as failed, as in ``skpdoc build``:
    a form missing text must not be signed.
    """
    from skpdoc.convert import Converter
    from skpdoc.textcheck import missing_words

    items = [(docx, docx.with_suffix(".pdf")) for docx in report.written]
    for _, target in items:
        target.unlink(missing_ok=True)  # a failed conversion must not leave an older PDF looking current
    with Converter(jobs, start=1 if len(items) < 10 else None) as converter:
        result = converter.convert(items, compose=True)
    report.pdf_failed += result.failed
    for target in result.converted:
        docx = target.with_suffix(".docx")
        if lost := missing_words(docx, target):
            target.unlink()
            report.pdf_failed.append((docx, Phrase("L014", count=len(lost))))
        else:
            report.pdfs.append(target)
