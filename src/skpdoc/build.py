"""``skpdoc build``: every form as .docx and PDF, and one PDF bundle per OPD, incrementally.

Layout of the output folder::

    OUT/<tahun>/<opd>/<nip>/<form>[-<periode>].docx|.pdf
    OUT/<tahun>/<opd>/rekap-<periode>.docx|.pdf      documents of the whole OPD: the rekap,
    OUT/<tahun>/<opd>/matriks/<part>.docx|.pdf       the matriks in parts (skpdoc.render.opd)
    OUT/<tahun>/<opd>.pdf            the bundle of the OPD
    OUT/<tahun>/manifest.json        every output, its inputs' hashes, page ranges in the bundle

Each document is keyed by a hash of exactly what it prints (its view model,
which already holds the superior's RHK text, the penilai's name ...), its
template and skpdoc's version. A document whose key is unchanged is skipped,
so editing one spec rebuilds that employee's documents and those of the
people whose forms print its text, and nothing else. The manifest is saved
as documents finish, so an interrupted build resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from skpdoc import __version__, outdir, selection
from skpdoc import build_bundles as bundling
from skpdoc.files import write_atomic
from skpdoc.hints import ErrorText, Phrase, require_known
from skpdoc.model import Workspace
from skpdoc.reference import PERIODE
from skpdoc.render import opd as opd_docs
from skpdoc.render import viewmodel
from skpdoc.render.engine import CompiledTemplate, FailedTemplate, RenderError
from skpdoc.render.opd import OPD_FORMS, OpdJob
from skpdoc.render.pipeline import Job, TemplateSet, plan, render_view
from skpdoc.selection import Skipped
from skpdoc.textcheck import missing_words
from skpdoc.workspace import CONFIG_NAME, OPD_NAME

if TYPE_CHECKING:
    from skpdoc.convert import Converter

MANIFEST = "manifest.json"
SHARED = "(several workspaces)"
#: Pages one LibreOffice worker converts in about the time a second one takes to start (~2 s).
ONE_WORKER_PAGES = 30

log = logging.getLogger(__name__)


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


@dataclass
class _Doc:
    job: Job | OpdJob  # an employee's form, or a document of the whole OPD (rekap, matriks)
    opd: str
    key: str
    docx: Path
    pdf: Path
    entry: dict[str, Any]
    view: Any  # the template's context object, built once for the key and reused to render
    source: Path  # the spec (or opd.yaml) the document prints, named when it fails


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(
    path: str | Path,
    out_dir: str | Path,
    *,
    periode: Sequence[str] = (),
    forms: Sequence[str] = (),
    opds: Sequence[str] = (),
    nips: Sequence[str] = (),
    jobs: int | None = None,
    pdfa: bool = False,
    pdf: bool = True,
    keep_going: bool = False,
    templates: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    total: Callable[[int], None] | None = None,
) -> BuildReport:
    """Build the workspace holding ``path`` into ``out_dir``; see the module docstring.

    ``path`` is the workspace, an OPD folder (like ``opds``) or an employee spec (like ``nips``: that
    employee's forms, no bundle). A selection needs only its specs and those they print to be valid
    (:mod:`skpdoc.selection`); a whole build leaves out the OPDs with errors, lists them in
    ``opds_skipped`` and keeps their previous outputs.
    ``out_dir/<tahun>`` is checked and locked first (:mod:`skpdoc.outdir`): another build into it stops with
    F013; a write into it that fails (read-only, full) is reported with F012, naming the file.
    """
    started = time.perf_counter()
    valid = selection.load(path)
    chosen = selection.select(valid, [Path(path)], opds=opds, nips=nips)
    skipped = valid.skipped() if chosen.whole else []
    if not chosen.whole or len(skipped) == len(valid.slugs):  # nothing could be built: the errors themselves
        valid.require(chosen)
    ws = valid.workspace
    left_out = {item.opd for item in skipped}
    whole_opds = [slug for slug in ws.opds if slug not in left_out] if chosen.whole else list(chosen.opds)
    require_known("--form", forms, [*viewmodel.FORMS, *OPD_FORMS])  # also when only OPD documents are asked for
    require_known("--periode", periode, PERIODE)
    root = Path(out_dir) / str(ws.tahun)
    with outdir.building(Path(out_dir), root):
        report = BuildReport(root, opds_skipped=skipped)
        template_set = TemplateSet.for_workspace(ws, Path(templates) if templates else None)
        manifest = _load_manifest(root)
        selected = _select(ws, forms=forms, periode=periode, opds=whole_opds, nips=chosen.nips)
        if total is not None:
            total(len(selected))
        outputs: dict[str, Any] = manifest.setdefault("outputs", {})
        sources = _sources(ws, template_set, selected)
        # Only a folder no other workspace was built into is pruned (see _prune); once shared, it stays so.
        ours = manifest.get("workspace") in (None, str(ws.root))
        manifest["workspace"] = str(ws.root) if ours else SHARED
        ahead: bundling.Ahead | None = None
        try:
            with contextlib.ExitStack() as office:
                # Something changed since the last build: LibreOffice (~2 s to start) will very likely be needed, so
                # it starts now, while the documents are described and rendered; one worker, unless this is a first
                # build (the others start when there turns out to be enough to convert).
                first_build = not outputs
                early = pdf and manifest.get("sources") != sources
                converter = _try_start(office, jobs, pdfa, None if first_build else 1) if early else None
                compiled = _templates(template_set, selected)
                docs = [_describe(ws, job, root, compiled, pdfa) for job in selected]
                report.drafts = sum(1 for doc in docs if getattr(doc.view, "konsep", False))
                stale = _stale(docs, outputs, report, pdf=pdf, progress=progress)
                log.debug("%d documents, %d to render; LibreOffice started early: %s", len(docs), len(stale), early)
                if pdf and stale and converter is None:
                    converter = _try_start(office, jobs, pdfa, 1)
                if converter is not None and _pages(stale, outputs) > ONE_WORKER_PAGES:
                    converter.start_all()
                plans = [
                    bundling.plan(ws, slug, mine, root, periode=periode, pdfa=pdfa)
                    for slug, mine in bundling.by_opd(docs).items()
                    if slug in whole_opds  # an employee's forms alone are no OPD's bundle
                ]
                plans = [item for item in plans if not bundling.is_current(item, manifest)] if pdf else []
                log.debug("bundles to write: %s", ", ".join(item.slug for item in plans) or "none")
                save = functools.partial(_save, root, manifest)
                converting = _render(stale, compiled, outputs, report, pdf=pdf, progress=progress, save=save)
                if plans:  # the bundles' parts that are up to date are copied while LibreOffice converts the others
                    ahead = bundling.Ahead(plans, {doc.pdf for doc in docs} - {doc.pdf for doc in stale})
                if converting and converter is None:  # LibreOffice is missing: say so, now that the .docx are written
                    converter = office.enter_context(_converter(jobs, pdfa, 1))
                if converter is not None and converting:
                    _convert(converter, converting, outputs, report, progress=progress, save=save)
                if converter is not None:
                    converter.release()  # LibreOffice exits while the bundles are written
                if chosen.whole and not (periode or forms) and ours:
                    _prune(ws, docs, root, manifest, keep=left_out)
                bundling.write(
                    ws, plans, manifest, report, pdfa=pdfa, keep_going=keep_going, periode=periode, ahead=ahead
                )
            if report.ok:
                manifest["sources"] = sources
        except BaseException:
            _finish(root, manifest, ahead, failing=True)  # also when interrupted: the next build resumes from here
            raise
        _finish(root, manifest, ahead, failing=False)
        report.seconds = time.perf_counter() - started
        return report


def _finish(root: Path, manifest: dict[str, Any], ahead: bundling.Ahead | None, *, failing: bool) -> None:
    if ahead is not None:
        ahead.stop()
    manifest["skpdoc"] = __version__
    try:
        _save(root, manifest)
    except OSError:
        if not failing:
            raise
        # The error on its way out says what went wrong first (a read-only OUT, a full disk): keep it.


def _select(
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


def _stale(
    docs: list[_Doc], outputs: dict[str, Any], report: BuildReport, *, pdf: bool, progress: Callable[[str], None] | None
) -> list[_Doc]:
    """The documents whose key changed or whose files are missing; the others are counted as skipped."""
    stale: list[_Doc] = []
    for doc in docs:
        previous = outputs.get(doc.entry["docx"])
        fresh = previous and previous.get("key") == doc.key and doc.docx.is_file() and (not pdf or doc.pdf.is_file())
        if fresh:
            report.skipped += 1
            if progress:
                progress(doc.entry["docx"])
        else:
            stale.append(doc)
    return stale


def _pages(docs: list[_Doc], outputs: dict[str, Any]) -> int:
    """About how many pages the documents have: as many as last time, or two."""
    return sum(int(outputs.get(doc.entry["docx"], {}).get("pages") or 2) for doc in docs)


def _sources(ws: Workspace, templates: TemplateSet, jobs: list[Job | OpdJob]) -> dict[str, str]:
    """Every file the documents are made from, with its hash: only to guess early whether LibreOffice is needed."""
    files = [ws.root / CONFIG_NAME, *(ws.root / slug / OPD_NAME for slug in ws.opds)]
    files += [pegawai.file for pegawai in ws.pegawai.values()]
    files += [found for name in sorted({job.template for job in jobs}) if (found := templates.found(name))]
    return {_relative(path, ws.root): _file_sha(path) for path in files if path.is_file()}


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def _try_start(office: contextlib.ExitStack, jobs: int | None, pdfa: bool, start: int | None) -> Converter | None:
    """A converter started while the documents render; None if LibreOffice is missing, which is reported only
    if something does need converting, once the .docx files are written."""
    from skpdoc.convert import LibreOfficeMissing

    try:
        return office.enter_context(_converter(jobs, pdfa, start))
    except LibreOfficeMissing:
        log.debug("LibreOffice not found; reported only if a document needs converting")
        return None


def _converter(jobs: int | None, pdfa: bool, start: int | None) -> Converter:
    from skpdoc.convert import Converter

    return Converter(jobs, pdfa=pdfa, start=start)


def _render(
    stale: list[_Doc],
    templates: dict[str, _Template],
    outputs: dict[str, Any],
    report: BuildReport,
    *,
    pdf: bool,
    progress: Callable[[str], None] | None,
    save: Callable[[], None],
) -> list[_Doc]:
    """Render the stale documents; those that need a PDF are returned.

    The manifest describes only files as they are: the stale documents' entries go, and the manifest is saved,
    before any of their files is replaced or removed; each comes back once its files are complete. However the
    build ends (even ``kill -9``), the next one redoes what was not finished, and nothing else.
    """
    dropped = [outputs.pop(doc.entry["docx"], None) for doc in stale]
    if any(entry is not None for entry in dropped):
        save()
    converting: list[_Doc] = []
    for doc in stale:
        try:
            data = render_view(templates[doc.job.template].compiled, doc.view)
        except RenderError as exc:
            report.failed.append(Failure(doc.entry["docx"], ErrorText(exc)))
            if progress:
                progress(doc.entry["docx"])
            continue
        write_atomic(doc.docx, data)
        if pdf:
            doc.pdf.unlink(missing_ok=True)  # a failed conversion must not leave last build's PDF looking current
            converting.append(doc)
        else:
            outputs[doc.entry["docx"]] = {**doc.entry, "pdf": None}
            report.built += 1
            if progress:
                progress(doc.entry["docx"])
    return converting


@dataclass(frozen=True)
class _Template:
    compiled: CompiledTemplate | FailedTemplate  # a broken template fails its documents, not the build
    sha: str


def _templates(templates: TemplateSet, jobs: list[Job | OpdJob]) -> dict[str, _Template]:
    """Each template the jobs use, compiled and hashed once (not once per document)."""
    names = sorted({job.template for job in jobs})
    return {name: _Template(templates.compiled_or_failed(name), _template_sha(templates, name)) for name in names}


def _template_sha(templates: TemplateSet, name: str) -> str:
    found = templates.found(name)  # an unusable one is never read: its documents fail, keyed by the name alone
    return _file_sha(found) if found is not None else _sha(f"unusable {name}".encode())


def _describe(ws: Workspace, job: Job | OpdJob, root: Path, templates: dict[str, _Template], pdfa: bool) -> _Doc:
    if isinstance(job, OpdJob):
        view: Any = job.view
        relative = Path(job.opd) / job.output
        owner = {"opd": job.opd}
        spec = ws.root / job.opd / OPD_NAME
        slug = job.opd
    else:
        pegawai = ws.pegawai[job.nip]
        view = viewmodel.build(ws, pegawai, job.form, job.periode)
        relative = Path(pegawai.opd) / job.output
        owner = {"nip": job.nip}
        spec = pegawai.file
        slug = pegawai.opd
    template_sha = templates[job.template].sha
    # Only what the template reads counts: a Lampiran does not change when an RHK's text does.
    used = templates[job.template].compiled.names
    view_sha = _sha(repr([(name, getattr(view, name)) for name in sorted(used) if hasattr(view, name)]).encode())
    key = _sha(f"{__version__}\n{template_sha}\n{view_sha}\npdfa={pdfa}".encode())
    entry = {
        "docx": relative.as_posix(),
        "pdf": relative.with_suffix(".pdf").as_posix(),
        "key": key,
        **owner,
        "form": job.form,
        "periode": job.periode,
        "template": job.template,
        "inputs": {
            "spec": spec.name,
            "spec_sha256": _file_sha(spec),
            "template_sha256": template_sha,
            "view_sha256": view_sha,
        },
    }
    return _Doc(job, slug, key, root / relative, root / relative.with_suffix(".pdf"), entry, view, spec)


_FILE_SHAS: dict[tuple[Path, int, int], str] = {}


def _file_sha(path: Path) -> str:
    stat = path.stat()
    marker = (path, stat.st_mtime_ns, stat.st_size)
    if marker not in _FILE_SHAS:
        _FILE_SHAS[marker] = _sha(path.read_bytes())
    return _FILE_SHAS[marker]


def _convert(
    converter: Converter,
    docs: list[_Doc],
    outputs: dict[str, Any],
    report: BuildReport,
    *,
    progress: Callable[[str], None] | None,
    save: Callable[[], None],
) -> None:
    from pypdf import PdfReader

    by_docx = {doc.docx: doc for doc in docs}
    done = 0

    def finished(docx: Path) -> None:
        nonlocal done
        doc = by_docx[docx]
        if doc.pdf.is_file() and (lost := missing_words(doc.docx, doc.pdf)):
            doc.pdf.unlink()  # a form that lacks part of its text must not be signed, nor bundled
            report.failed.append(Failure(doc.entry["pdf"], _lost_text(doc, lost)))
        elif doc.pdf.is_file():
            outputs[doc.entry["docx"]] = {**doc.entry, "pages": len(PdfReader(doc.pdf).pages)}
            report.built += 1
        done += 1
        if done % 50 == 0:
            save()  # an interrupted build resumes from here
        if progress:
            progress(doc.entry["docx"])

    # Composed: twenty or so forms per LibreOffice document, split per form (skpdoc.compose): 25-35% faster.
    result = converter.convert([(doc.docx, doc.pdf) for doc in docs], progress=finished, compose=True)
    for docx, cause in result.failed:
        doc = by_docx[docx]
        outputs.pop(doc.entry["docx"], None)
        report.failed.append(Failure(doc.entry["pdf"], Phrase("L012", cause=cause, source=str(doc.source))))


def _lost_text(doc: _Doc, lost: list[str]) -> Phrase:
    shown = [word if len(word) <= 30 else word[:29] + "…" for word in lost[:8]]
    sample = " ".join(shown) + (" …" if len(lost) > 8 else "")
    return Phrase("L013", count=len(lost), file=doc.source.name, sample=sample, source=str(doc.source))


def _prune(ws: Workspace, docs: list[_Doc], root: Path, manifest: dict[str, Any], *, keep: set[str]) -> None:
    """After a whole build, delete what the workspace no longer produces (a removed employee's forms, a renamed OPD).

    Only files the manifest lists, inside the output folder, are touched, and only once the manifest no longer
    lists them. The outputs of the OPDs in ``keep`` (left out for their errors) stay as the last good build made
    them: a mistake being fixed must not cost an OPD its signed forms.
    """
    wanted = {doc.entry["docx"] for doc in docs}
    outputs: dict[str, Any] = manifest.get("outputs", {})
    gone: list[Path] = []
    for name in [name for name in outputs if name not in wanted and PurePosixPath(name).parts[0] not in keep]:
        del outputs[name]
        gone += [root / name, root / Path(name).with_suffix(".pdf")]
    bundles: dict[str, Any] = manifest.get("bundles", {})
    for slug in [slug for slug in bundles if slug not in ws.opds and slug not in keep]:
        gone.append(root / bundles.pop(slug)["path"])
    if gone:
        _save(root, manifest)
    inside = root.resolve()
    for path in gone:
        if path.resolve().is_relative_to(inside):
            path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # the folder of a removed employee, if nothing else is in it
                path.parent.rmdir()


def _load_manifest(root: Path) -> dict[str, Any]:
    path = root / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("skpdoc") != __version__:
        return {}
    # A hand edit or a merge conflict must cost a rebuild of what it damaged, not the build: keep what is well-formed.
    for part in ("outputs", "bundles", "sources"):
        value = data.get(part)
        if value is None:
            continue
        if not isinstance(value, dict):
            data[part] = {}
        elif part != "sources":
            data[part] = {name: entry for name, entry in value.items() if _well_formed(part, entry)}
        else:
            data[part] = {name: sha for name, sha in value.items() if isinstance(sha, str)}
    return data


def _well_formed(part: str, entry: Any) -> bool:
    fields = ("docx", "pdf", "key") if part == "outputs" else ("path", "key")
    if not isinstance(entry, dict) or not all(isinstance(entry.get(name), str | None) for name in fields):
        return False
    return isinstance(entry.get("key"), str) and isinstance(entry.get("docx" if part == "outputs" else "path"), str)


def _save(root: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if (root / MANIFEST).read_text(encoding="utf-8") == text:
            return  # unchanged: a no-change build writes nothing (its output folder may be read-only)
    write_atomic(root / MANIFEST, text)
