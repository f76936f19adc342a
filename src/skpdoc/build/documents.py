"""The documents of a build: which, described and keyed, which are stale, and rendering them to .docx.

Each document is keyed by a hash of exactly what it prints (the part of its
view model its template reads, which already holds the superior's RHK text,
the penilai's name ...), its template and skpdoc's version.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skpdoc import __version__
from skpdoc.build.manifest import Inputs, OutputEntry
from skpdoc.build.records import BuildReport, Doc, Failure
from skpdoc.files import write_atomic
from skpdoc.hints import ErrorText
from skpdoc.model import Workspace
from skpdoc.render import opd as opd_docs
from skpdoc.render import viewmodel
from skpdoc.render.engine import CompiledTemplate, FailedTemplate, RenderError
from skpdoc.render.opd import OPD_FORMS, OpdJob
from skpdoc.render.pipeline import Job, TemplateSet, plan, render_view
from skpdoc.workspace import CONFIG_NAME, OPD_NAME


def select(
    ws: Workspace, *, forms: Sequence[str], periode: Sequence[str], opds: Sequence[str], nips: Sequence[str]
) -> list[Job | OpdJob]:
    """The documents asked for: the forms of the employees of ``opds`` and of ``nips``, then the OPDs' own."""
    person_forms = [f for f in forms if f not in OPD_FORMS]
    opd_forms = [f for f in forms if f in OPD_FORMS]
    selected: list[Job | OpdJob] = []
    if person_forms or not forms:
        jobs = plan(ws, forms=person_forms, periode=periode)
        selected += [j for j in jobs if ws.pegawai[j.nip].opd in opds or j.nip in nips]
    if (opd_forms or not forms) and opds:  # no OPDs at all (all skipped, or employees only): none of theirs
        selected += opd_docs.plan_opd(ws, forms=opd_forms, periode=periode, opds=opds)
    return selected


def sources(ws: Workspace, templates: TemplateSet, jobs: list[Job | OpdJob]) -> dict[str, str]:
    """Every file the documents are made from, with its hash: only to guess early whether LibreOffice is needed."""
    files = [ws.root / CONFIG_NAME, *(ws.root / slug / OPD_NAME for slug in ws.opds)]
    files += [pegawai.file for pegawai in ws.pegawai.values()]
    files += [found for name in sorted({job.template for job in jobs}) if (found := templates.found(name))]
    return {_relative(path, ws.root): _file_sha(path) for path in files if path.is_file()}


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


@dataclass(frozen=True)
class Template:
    compiled: CompiledTemplate | FailedTemplate  # a broken template fails its documents, not the build
    sha: str


def templates(template_set: TemplateSet, jobs: list[Job | OpdJob]) -> dict[str, Template]:
    """Each template the jobs use, compiled and hashed once (not once per document)."""
    names = sorted({job.template for job in jobs})
    return {name: Template(template_set.compiled_or_failed(name), _template_sha(template_set, name)) for name in names}


def _template_sha(template_set: TemplateSet, name: str) -> str:
    found = template_set.found(name)  # an unusable one is never read: its documents fail, keyed by the name alone
    return _file_sha(found) if found is not None else _sha(f"unusable {name}".encode())


def describe(ws: Workspace, job: Job | OpdJob, root: Path, compiled: dict[str, Template], pdfa: bool) -> Doc:
    """The document ``job`` asks for: its view model, files and key (see the module docstring)."""
    if isinstance(job, OpdJob):
        view: Any = job.view
        relative = Path(job.opd) / job.output
        nip, opd = None, job.opd
        spec = ws.root / job.opd / OPD_NAME
        slug = job.opd
    else:
        pegawai = ws.pegawai[job.nip]
        view = viewmodel.build(ws, pegawai, job.form, job.periode)
        relative = Path(pegawai.opd) / job.output
        nip, opd = job.nip, None
        spec = pegawai.file
        slug = pegawai.opd
    template_sha = compiled[job.template].sha
    # Only what the template reads counts: a Lampiran does not change when an RHK's text does.
    used = compiled[job.template].compiled.names
    view_sha = _sha(repr([(name, getattr(view, name)) for name in sorted(used) if hasattr(view, name)]).encode())
    key = _sha(f"{__version__}\n{template_sha}\n{view_sha}\npdfa={pdfa}".encode())
    entry = OutputEntry(
        docx=relative.as_posix(),
        pdf=relative.with_suffix(".pdf").as_posix(),
        key=key,
        form=job.form,
        periode=job.periode,
        template=job.template,
        inputs=Inputs(spec.name, _file_sha(spec), template_sha, view_sha),
        nip=nip,
        opd=opd,
    )
    return Doc(job, slug, root / relative, root / relative.with_suffix(".pdf"), entry, view, spec)


def stale(
    docs: list[Doc],
    outputs: dict[str, OutputEntry],
    report: BuildReport,
    *,
    pdf: bool,
    progress: Callable[[str], None] | None,
) -> list[Doc]:
    """The documents whose key changed or whose files are missing; the others are counted as skipped."""
    found: list[Doc] = []
    for doc in docs:
        previous = outputs.get(doc.name)
        fresh = previous and previous.key == doc.key and doc.docx.is_file() and (not pdf or doc.pdf.is_file())
        if fresh:
            report.skipped += 1
            if progress:
                progress(doc.name)
        else:
            found.append(doc)
    return found


def pages(docs: list[Doc], outputs: dict[str, OutputEntry]) -> int:
    """About how many pages the documents have: as many as last time, or two."""
    return sum((entry.pages if (entry := outputs.get(doc.name)) else None) or 2 for doc in docs)


def render(
    docs: list[Doc],
    compiled: dict[str, Template],
    outputs: dict[str, OutputEntry],
    report: BuildReport,
    *,
    pdf: bool,
    progress: Callable[[str], None] | None,
    save: Callable[[], None],
) -> list[Doc]:
    """Render the stale documents ``docs``; those that need a PDF are returned.

    The manifest describes only files as they are: the stale documents' entries go, and the manifest is saved,
    before any of their files is replaced or removed; each comes back once its files are complete. However the
    build ends (even ``kill -9``), the next one redoes what was not finished, and nothing else.
    """
    dropped = [outputs.pop(doc.name, None) for doc in docs]
    if any(entry is not None for entry in dropped):
        save()
    converting: list[Doc] = []
    for doc in docs:
        try:
            data = render_view(compiled[doc.job.template].compiled, doc.view)
        except RenderError as exc:
            report.failed.append(Failure(doc.name, ErrorText(exc)))
            if progress:
                progress(doc.name)
            continue
        write_atomic(doc.docx, data)
        if pdf:
            doc.pdf.unlink(missing_ok=True)  # a failed conversion must not leave last build's PDF looking current
            converting.append(doc)
        else:
            outputs[doc.name] = dataclasses.replace(doc.entry, pdf=None)
            report.built += 1
            if progress:
                progress(doc.name)
    return converting


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_FILE_SHAS: dict[tuple[Path, int, int], str] = {}


def _file_sha(path: Path) -> str:
    stat = path.stat()
    marker = (path, stat.st_mtime_ns, stat.st_size)
    if marker not in _FILE_SHAS:
        _FILE_SHAS[marker] = _sha(path.read_bytes())
    return _FILE_SHAS[marker]
