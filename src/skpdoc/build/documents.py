"""The documents of a build, OPD by OPD: which, described and keyed, which are stale, and rendering them to .docx.

Each document is keyed by a hash of exactly what it prints (the part of its
view model its template reads, which already holds the superior's RHK text,
the penilai's name ...), its template and skpdoc's version. Describing a
document (its view model) is most of a no-change build's time, so the
manifest also keeps, per document, the :func:`basis` its key was computed
under: while the workspace's files, skpdoc's code and the template are all
unchanged, so is the key, and the document is taken as the manifest has it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import skpdoc
from skpdoc import __version__, workspace
from skpdoc.build.manifest import OPD_DOCUMENT, Inputs, OpdDocuments, OutputEntry
from skpdoc.build.records import BuildReport, Doc, Failure
from skpdoc.cache import code_digest
from skpdoc.files import write_atomic
from skpdoc.hints import ErrorText
from skpdoc.model import Workspace
from skpdoc.render import kop as kop_surat
from skpdoc.render import opd as opd_docs
from skpdoc.render import viewmodel
from skpdoc.render.engine import CompiledTemplate, FailedTemplate, RenderError
from skpdoc.render.opd import OPD_FORMS, OpdJob
from skpdoc.render.pipeline import Job, TemplateSet, plan, render_view
from skpdoc.workspace import CONFIG_NAME, OPD_NAME


@dataclass(frozen=True)
class Group:
    """The documents of one OPD in a build, without their view models (those are made OPD by OPD)."""

    opd: str
    jobs: list[Job | OpdJob]  # its employees' forms, then its own documents (their ``view`` left out)
    bundled: bool  # a whole OPD of the build (an employee's forms alone are no OPD's bundle)
    opd_forms: tuple[str, ...]  # the --form values naming OPD documents, to make their views again


def select(
    ws: Workspace,
    *,
    forms: Sequence[str],
    periode: Sequence[str],
    opds: Sequence[str],
    nips: Sequence[str],
    basis: str,
    listed: dict[str, OpdDocuments],
) -> list[Group]:
    """The documents asked for, by OPD in slug order: the forms of the employees of ``opds`` and of ``nips``,
    then the OPDs' own.

    The OPDs' own documents come with their view models, which are dropped here (the matriks of a large OPD
    is big; :func:`describe_group` makes them again if needed). Listing them makes the matriks, so they are
    taken from ``listed`` (the manifest's) while its key is unchanged, and entered there otherwise.
    """
    person_forms = [f for f in forms if f not in OPD_FORMS]
    opd_forms = tuple(f for f in forms if f in OPD_FORMS)
    grouped: dict[str, list[Job | OpdJob]] = {}
    if person_forms or not forms:
        for job in plan(ws, forms=person_forms, periode=periode):
            slug = ws.pegawai[job.nip].opd
            if slug in opds or job.nip in nips:
                grouped.setdefault(slug, []).append(job)
    if (opd_forms or not forms) and opds:  # no OPDs at all (all skipped, or employees only): none of theirs
        for slug in opds:  # one at a time: only one OPD's views are held
            asked = f"{basis}\n{slug}\n{sorted(opd_forms)}\n{sorted(periode)}\n"
            known = listed.get(slug)
            if known is not None and known.key == _sha(f"{asked}{known.documents!r}".encode()):
                own = [OpdJob(slug, **fields) for fields in known.documents]  # type: ignore[arg-type]
            else:
                own = [dataclasses.replace(job, view=None) for job in _plan_opd(ws, slug, opd_forms, periode)]
                documents = tuple({name: getattr(job, name) for name in OPD_DOCUMENT} for job in own)
                # the listing is in its key too: one edited by hand is listed again, not trusted
                listed[slug] = OpdDocuments(_sha(f"{asked}{documents!r}".encode()), documents)
            grouped.setdefault(slug, []).extend(own)
    return [Group(slug, jobs, slug in opds, opd_forms) for slug, jobs in sorted(grouped.items()) if jobs]


def _plan_opd(ws: Workspace, slug: str, forms: Sequence[str], periode: Sequence[str]) -> list[OpdJob]:
    return opd_docs.plan_opd(ws, forms=forms, periode=periode, opds=[slug])


def name_of(ws: Workspace, job: Job | OpdJob) -> str:
    """The document's name: its .docx relative to ``OUT/<tahun>``."""
    slug = job.opd if isinstance(job, OpdJob) else ws.pegawai[job.nip].opd
    return (PurePosixPath(slug) / job.output).as_posix()


def sources(ws: Workspace, templates: TemplateSet, jobs: Sequence[Job | OpdJob]) -> dict[str, str]:
    """Every file the documents are made from, with its hash: only to guess early whether LibreOffice is needed."""
    files = _workspace_files(ws)
    files += [found for name in sorted({job.template for job in jobs}) if (found := templates.found(name))]
    return {_relative(path, ws.root): _file_sha(path) for path in files if path.is_file()}


def read_files(root: Path) -> dict[Path, str]:
    """The hash of each file the workspace at ``root`` is loaded from, read before it is loaded (see :func:`basis`)."""
    found, refused, _ = workspace.discover(root)
    files = [root / CONFIG_NAME]
    for opd in found.values():
        files += [path for path in [opd.opd, *opd.pegawai] if path is not None and path not in refused]
    return {path: _file_sha(path) for path in files if path.is_file()}


def basis(ws: Workspace, files: dict[Path, str], pdfa: bool) -> str:
    """A digest of everything a document's view model and key follow, except its template (compared apart).

    The view models are made from the typed workspace, which is made from the files hashed here (a spec that
    becomes valid or invalid enters or leaves the list), and from the kop and lambang images (their
    digests are in the reprs); skpdoc's code counts as its version does, since an editable install keeps
    its version while the view models change. ``files`` were hashed before the workspace was loaded
    (:func:`read_files`): a file saved while the build loads it makes a basis no later build has, never one
    that would vouch for keys made from its older text.
    """
    digest = hashlib.sha256(f"{__version__}\npdfa={pdfa}\n{_code()}\n".encode())
    for path in _workspace_files(ws):
        digest.update(f"{_relative(path, ws.root)}\0{files.get(path, '-')}\n".encode())
    digest.update(repr(kop_surat.lambang(ws.root)).encode())
    for slug, opd in sorted(ws.opds.items()):
        digest.update(f"\n{slug}\0{kop_surat.kop(ws.root, slug, opd.nama)!r}".encode())
    return digest.hexdigest()


_CODE: list[str] = []


def _code() -> str:
    if not _CODE:  # read once per process: ~150 modules, a few ms
        _CODE.append(code_digest(Path(skpdoc.__file__).parent))
    return _CODE[0]


def _workspace_files(ws: Workspace) -> list[Path]:
    files = [ws.root / CONFIG_NAME, *(ws.root / slug / OPD_NAME for slug in sorted(ws.opds))]
    return files + sorted(pegawai.file for pegawai in ws.pegawai.values())


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


def describe_group(
    ws: Workspace,
    group: Group,
    root: Path,
    compiled: dict[str, Template],
    outputs: dict[str, OutputEntry],
    *,
    basis: str,
    periode: Sequence[str],
    pdfa: bool,
) -> list[Doc]:
    """The documents of ``group``: as the manifest has them where their key cannot have changed (the same
    :func:`basis` and template), else described afresh (:func:`describe`)."""
    docs: list[Doc] = []
    views: dict[PurePosixPath, Any] | None = None  # the OPD's own documents' views, made once if needed
    for job in group.jobs:
        known = outputs.get(name_of(ws, job))
        if known is not None and known.basis == basis and known.inputs.template_sha256 == compiled[job.template].sha:
            docs.append(_doc(ws, job, root, known, None))
            continue
        if isinstance(job, OpdJob):
            if views is None:
                views = {made.output: made.view for made in _plan_opd(ws, group.opd, group.opd_forms, periode)}
            job = dataclasses.replace(job, view=views[job.output])
        docs.append(describe(ws, job, root, compiled, pdfa, basis))
    return docs


def describe(
    ws: Workspace, job: Job | OpdJob, root: Path, compiled: dict[str, Template], pdfa: bool, basis: str
) -> Doc:
    """The document ``job`` asks for: its view model, files and key (see the module docstring)."""
    if isinstance(job, OpdJob):
        view: Any = job.view
        spec = ws.root / job.opd / OPD_NAME
    else:
        pegawai = ws.pegawai[job.nip]
        view = viewmodel.build(ws, pegawai, job.form, job.periode)
        spec = pegawai.file
    relative = PurePosixPath(name_of(ws, job))
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
        nip=None if isinstance(job, OpdJob) else job.nip,
        opd=job.opd if isinstance(job, OpdJob) else None,
        basis=basis,
        draft=bool(getattr(view, "konsep", False)),
    )
    return _doc(ws, job, root, entry, view)


def _doc(ws: Workspace, job: Job | OpdJob, root: Path, entry: OutputEntry, view: Any) -> Doc:
    if isinstance(job, OpdJob):
        slug, source = job.opd, ws.root / job.opd / OPD_NAME
    else:
        pegawai = ws.pegawai[job.nip]
        slug, source = pegawai.opd, pegawai.file
    relative = Path(entry.docx)
    return Doc(job, slug, root / relative, root / relative.with_suffix(".pdf"), entry, view, source)


def stale(
    docs: list[Doc],
    outputs: dict[str, OutputEntry],
    report: BuildReport,
    *,
    pdf: bool,
    progress: Callable[[str], None] | None,
) -> list[Doc]:
    """The documents whose key changed or whose files are missing; the others are counted as skipped.

    An up-to-date document that was described afresh gets the build's basis in the manifest (a spec edit
    that did not change it), so the next build takes it as it is.
    """
    found: list[Doc] = []
    for doc in docs:
        previous = outputs.get(doc.name)
        fresh = previous and previous.key == doc.key and doc.docx.is_file() and (not pdf or doc.pdf.is_file())
        if fresh:
            assert previous is not None
            if previous.basis != doc.entry.basis or previous.draft != doc.entry.draft:
                outputs[doc.name] = dataclasses.replace(previous, basis=doc.entry.basis, draft=doc.entry.draft)
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
