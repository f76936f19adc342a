"""Which documents a workspace needs, which template each uses, and writing them.

A document is one form for one employee (and one periode for the
evaluation forms). Its file name is deterministic:
``<nip>/<form>[-<periode>].docx``. Templates are looked up by name in the
user's folders first (``--templates DIR``, then ``<workspace>/templates/``)
and then among the built-in ones, so any built-in form can be replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from skpdoc.errors import UsageError
from skpdoc.files import write_atomic
from skpdoc.hints import require_known
from skpdoc.model import Pegawai, Workspace
from skpdoc.reference import PERIODE
from skpdoc.render import engine, viewmodel
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
    """Where templates are found: user folders first, then the built-in ones."""

    folders: list[Path] = field(default_factory=list)

    @classmethod
    def for_workspace(cls, ws: Workspace, extra: Path | None = None) -> TemplateSet:
        from skpdoc.workspace import templates_folder

        folders = [extra] if extra is not None else []
        own = templates_folder(ws.root)  # None when templates/ is a link out (W005 in validate)
        if own is not None:
            folders.append(own)
        if extra is not None and not extra.is_dir():
            raise UsageError(code="F002", subject=str(extra))
        return cls([*folders, data_dir("templates/docx")])

    def path(self, name: str) -> Path:
        for folder in self.folders:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        raise RenderError(name, "templat tidak ditemukan di " + ", ".join(str(f) for f in self.folders))

    def compiled(self, name: str) -> engine.CompiledTemplate:
        return engine.load(self.path(name))

    def compiled_or_failed(self, name: str) -> engine.CompiledTemplate | engine.FailedTemplate:
        """The compiled template, or one whose every render raises why it could not be loaded."""
        try:
            return self.compiled(name)
        except RenderError as exc:
            return engine.FailedTemplate(exc)


def render_document(ws: Workspace, job: Job, templates: TemplateSet) -> bytes:
    """The .docx bytes of one job."""
    pegawai: Pegawai = ws.pegawai[job.nip]
    form = viewmodel.build(ws, pegawai, job.form, job.periode)
    return templates.compiled(job.template).render(form.context())


@dataclass
class RenderReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Job, RenderError]] = field(default_factory=list)


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
            data = render_document(ws, job, templates)
        except RenderError as exc:
            report.failed.append((job, exc))
        else:
            target = out_dir / job.output
            write_atomic(target, data)
            report.written.append(target)
        if progress is not None:
            progress(job)
    return report
