"""``skpdoc build``: every form as .docx and PDF, and one PDF bundle per OPD, incrementally.

Layout of the output folder::

    OUT/<tahun>/<opd>/<nip>/<form>[-<periode>].docx|.pdf
    OUT/<tahun>/<opd>/rekap-<periode>.docx|.pdf, matriks.docx|.pdf   documents of the whole OPD
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
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skpdoc import __version__
from skpdoc.api import load_workspace
from skpdoc.bundle.assemble import Front, Part, Person, assemble
from skpdoc.errors import UsageError
from skpdoc.files import write_atomic
from skpdoc.hierarchy import ordered_people
from skpdoc.model import Workspace
from skpdoc.reference import PERIODE
from skpdoc.render import opd as opd_docs
from skpdoc.render import viewmodel
from skpdoc.render.engine import RenderError
from skpdoc.render.opd import OPD_FORMS, OpdJob
from skpdoc.render.pipeline import Job, TemplateSet, plan

if TYPE_CHECKING:
    from skpdoc.convert import Converter

MANIFEST = "manifest.json"
FORM_TITLES = {
    "skp": "SKP",
    "lampiran": "Lampiran SKP",
    "evaluasi": "Evaluasi Kinerja",
    "dokumen-evaluasi": "Dokumen Evaluasi",
}


@dataclass
class Failure:
    output: str
    cause: str


@dataclass
class BuildReport:
    root: Path
    built: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)
    bundles: list[Path] = field(default_factory=list)
    bundles_skipped: list[str] = field(default_factory=list)  # OPDs whose bundle was not written (a document failed)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class _Doc:
    job: Job | OpdJob  # an employee's form, or a document of the whole OPD (rekap, matriks)
    opd: str
    key: str
    docx: Path
    pdf: Path
    entry: dict[str, Any]
    view: Any  # the template's context object, built once for the key and reused to render


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(
    path: str | Path,
    out_dir: str | Path,
    *,
    periode: Sequence[str] = (),
    forms: Sequence[str] = (),
    opds: Sequence[str] = (),
    jobs: int | None = None,
    pdfa: bool = False,
    pdf: bool = True,
    keep_going: bool = False,
    templates: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    total: Callable[[int], None] | None = None,
) -> BuildReport:
    """Build the workspace holding ``path`` into ``out_dir``; see the module docstring."""
    started = time.perf_counter()
    ws = load_workspace(path)
    for slug in opds:
        if slug not in ws.opds:
            from skpdoc.hints import Suggest

            raise UsageError(code="S004", subject="--opd", value=slug, suggestion=Suggest.among(slug, list(ws.opds)))
    root = Path(out_dir) / str(ws.tahun)
    report = BuildReport(root)
    template_set = TemplateSet.for_workspace(ws, Path(templates) if templates else None)
    manifest = _load_manifest(root)
    person_forms = [f for f in forms if f not in OPD_FORMS]
    opd_forms = [f for f in forms if f in OPD_FORMS]
    selected: list[Job | OpdJob] = []
    if person_forms or not forms:
        jobs_ = plan(ws, forms=person_forms, periode=periode)
        selected += [j for j in jobs_ if not opds or ws.pegawai[j.nip].opd in opds]
    if opd_forms or not forms:
        selected += opd_docs.plan_opd(ws, forms=opd_forms, periode=periode, opds=opds)
    if total is not None:
        total(len(selected))
    docs = [_describe(ws, job, root, template_set, pdfa) for job in selected]
    outputs: dict[str, Any] = manifest.setdefault("outputs", {})

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

    try:
        # LibreOffice starts in the background while the documents render.
        with _converter(jobs, pdfa) if pdf and stale else contextlib.nullcontext() as converter:
            converting = _render(ws, stale, template_set, outputs, report, pdf=pdf, progress=progress)
            if converter is not None and converting:
                save = lambda: _save(root, manifest)  # noqa: E731
                _convert(converter, converting, outputs, report, progress=progress, save=save)
        if pdf:
            _bundles(ws, docs, root, manifest, report, pdfa=pdfa, keep_going=keep_going, periode=periode)
    finally:
        manifest["skpdoc"] = __version__
        _save(root, manifest)  # also when interrupted: the next build resumes from here
    report.seconds = time.perf_counter() - started
    return report


def _converter(jobs: int | None, pdfa: bool) -> Converter:
    from skpdoc.convert import Converter

    return Converter(jobs, pdfa=pdfa)


def _render(
    ws: Workspace,
    stale: list[_Doc],
    templates: TemplateSet,
    outputs: dict[str, Any],
    report: BuildReport,
    *,
    pdf: bool,
    progress: Callable[[str], None] | None,
) -> list[_Doc]:
    """Render the stale documents; those that need a PDF are returned."""
    converting: list[_Doc] = []
    for doc in stale:
        try:
            data = templates.compiled(doc.job.template).render(doc.view.context())
        except RenderError as exc:
            report.failed.append(Failure(doc.entry["docx"], exc.format()))
            outputs.pop(doc.entry["docx"], None)
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


def _describe(ws: Workspace, job: Job | OpdJob, root: Path, templates: TemplateSet, pdfa: bool) -> _Doc:
    if isinstance(job, OpdJob):
        view: Any = opd_docs.view(ws, job)
        relative = Path(job.opd) / job.output
        owner = {"opd": job.opd}
        spec = ws.root / job.opd / "opd.yaml"
        slug = job.opd
    else:
        pegawai = ws.pegawai[job.nip]
        view = viewmodel.build(ws, pegawai, job.form, job.periode)
        relative = Path(pegawai.opd) / job.output
        owner = {"nip": job.nip}
        spec = pegawai.file
        slug = pegawai.opd
    template_sha = _template_sha(templates.path(job.template))
    # Only what the template reads counts: a Lampiran does not change when an RHK's text does.
    used = templates.compiled(job.template).names
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
    return _Doc(job, slug, key, root / relative, root / relative.with_suffix(".pdf"), entry, view)


_FILE_SHAS: dict[tuple[Path, int, int], str] = {}


def _file_sha(path: Path) -> str:
    stat = path.stat()
    marker = (path, stat.st_mtime_ns, stat.st_size)
    if marker not in _FILE_SHAS:
        _FILE_SHAS[marker] = _sha(path.read_bytes())
    return _FILE_SHAS[marker]


def _template_sha(path: Path) -> str:
    return _file_sha(path)


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
        if doc.pdf.is_file():
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
        report.failed.append(Failure(doc.entry["pdf"], cause))


def _bundles(
    ws: Workspace,
    docs: list[_Doc],
    root: Path,
    manifest: dict[str, Any],
    report: BuildReport,
    *,
    pdfa: bool,
    keep_going: bool,
    periode: Sequence[str],
) -> None:
    failed = {f.output for f in report.failed}
    outputs = manifest["outputs"]
    bundles: dict[str, Any] = manifest.setdefault("bundles", {})
    for slug in sorted({doc.opd for doc in docs}):
        mine = [d for d in docs if d.opd == slug]
        broken = [d for d in mine if d.entry["docx"] in failed or d.entry["pdf"] in failed]
        if broken and not keep_going:
            report.bundles_skipped.append(slug)
            continue
        usable = [d for d in mine if d not in broken]
        label = _periode_label(periode, usable)
        key = _sha(("\n".join(d.key for d in usable) + f"\n{label}\n{pdfa}\n{__version__}").encode())
        target = root / f"{slug}.pdf"
        if bundles.get(slug, {}).get("key") == key and target.is_file():
            continue
        people = _people(ws, slug, usable)
        front = _front(usable)
        opd = ws.opds[slug]
        result = assemble(
            target,
            instansi=ws.instansi,
            opd=opd.nama,
            tahun=ws.tahun,
            periode=label,
            people=people,
            front=front,
            pdfa=pdfa,
        )
        for doc in usable:
            pages = result.ranges.get(doc.entry["docx"])
            if pages and doc.entry["docx"] in outputs:
                outputs[doc.entry["docx"]]["bundle_pages"] = list(pages)
        bundles[slug] = {"path": target.name, "key": key, "pages": result.pages, "front_pages": result.front_pages}
        report.bundles.append(target)


def _periode_label(periode: Sequence[str], docs: list[_Doc]) -> str:
    present = (
        [p for p in PERIODE if p in periode]
        if periode
        else [p for p in PERIODE if any(d.job.periode == p for d in docs)]
    )
    if not present:
        return "Perencanaan (SKP)"
    names = [PERIODE[p] for p in present]
    return names[0] if len(names) == 1 else f"{names[0]} s.d. {names[-1]}"


def _front(docs: list[_Doc]) -> list[Front]:
    """The OPD's own documents, in the order they open the bundle: each periode's rekap, then the matriks."""
    periods = list(PERIODE)
    own = [(doc.job, doc) for doc in docs if isinstance(doc.job, OpdJob)]
    own.sort(key=lambda item: (item[0].form == "matriks", periods.index(item[0].periode) if item[0].periode else 0))
    return [Front(job.title, doc.pdf, doc.entry["docx"]) for job, doc in own]


def _people(ws: Workspace, slug: str, docs: list[_Doc]) -> list[Person]:
    by_nip: dict[str, list[_Doc]] = {}
    for doc in docs:
        if isinstance(doc.job, Job):
            by_nip.setdefault(doc.job.nip, []).append(doc)
    order = {"skp": 0, "lampiran": 1, "evaluasi": 2, "dokumen-evaluasi": 3}
    periods = list(PERIODE)
    people = []
    for pegawai, units in ordered_people(ws, slug):
        mine = by_nip.get(pegawai.nip)
        if not mine:
            continue
        mine.sort(key=lambda d: (periods.index(d.job.periode) + 1 if d.job.periode else 0, order[d.job.form]))
        parts = tuple(
            Part(
                FORM_TITLES[d.job.form] + (f" — {PERIODE[d.job.periode]}" if d.job.periode else ""),
                d.pdf,
                d.entry["docx"],
            )
            for d in mine
        )
        people.append(Person(pegawai.nama, pegawai.nip, pegawai.identitas.jabatan, units, parts))
    return people


def _load_manifest(root: Path) -> dict[str, Any]:
    path = root / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("skpdoc") == __version__ else {}


def _save(root: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(root / MANIFEST, text)
