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

A build goes OPD by OPD: one OPD's documents are described, rendered,
converted and bundled before the next OPD's are described, so its memory
follows the largest OPD rather than the workspace (one LibreOffice serves
them all). While the workspace's files, skpdoc's code and a document's
template are unchanged, the document is not described at all: the manifest
says under which digest of them its key was made (documents.basis).

The stages, one module each: :mod:`.documents` (which documents, their keys,
what is stale, rendering), :mod:`.pdfs` (LibreOffice, conversion, the text
check), :mod:`.bundles` (the bundles, copied ahead while LibreOffice works),
:mod:`.manifest` (the manifest on disk); :mod:`.records` holds what they pass
each other.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from skpdoc import outdir, paths, selection
from skpdoc.build import bundles as bundling
from skpdoc.build import documents, pdfs
from skpdoc.build.manifest import SHARED, Manifest, prune
from skpdoc.build.records import BuildReport, Doc, Failure
from skpdoc.hints import require_known
from skpdoc.model import Workspace
from skpdoc.reference import PERIODE
from skpdoc.render import viewmodel
from skpdoc.render.opd import OPD_FORMS
from skpdoc.render.pipeline import TemplateSet

__all__ = ["BuildReport", "Failure", "build"]

log = logging.getLogger(__name__)


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
    warm: pdfs.PdfConverter | None = None,
) -> BuildReport:
    """Build every form of the workspace holding ``path`` as .docx and PDF into ``out_dir/<tahun>``, with one PDF
    bundle per OPD and a ``manifest.json``; only what changed since the last build is rebuilt (``skpdoc build``,
    :func:`skpdoc.api.build`; see the module docstring).

    ``path`` is the workspace, an OPD folder (like ``opds``) or an employee spec (like ``nips``: that
    employee's forms, no bundle); ``periode`` and ``forms`` narrow what is built. ``pdf=False`` writes the .docx
    only (no LibreOffice needed); ``pdfa`` makes the PDFs and bundles PDF/A-2b; ``jobs`` is the number of
    LibreOffice workers; a bundle with a failed document is written without it only with ``keep_going``.
    ``templates`` is a folder of templates replacing the built-in ones by name, before the workspace's own
    ``templates/``. ``total`` is called once with the number of documents, ``progress`` with each document's
    name as it is done. ``warm`` is a running :class:`~skpdoc.convert.Converter` (made with the same ``pdfa``)
    to convert with instead of starting LibreOffice: the caller keeps it running for the next build (``skpdoc
    serve``'s previews, where the ~2 s start would be most of a preview's wait).

    A selection needs only its specs and those they print to be valid (:mod:`skpdoc.selection`); a whole
    build leaves out the OPDs with errors, lists them in the report's ``opds_skipped`` and keeps their
    previous outputs. :class:`skpdoc.errors.InvalidSpecs` is raised when nothing can be built (a selection
    whose specs have errors, or every OPD). Documents that fail are in the report's ``failed``; ``report.ok``
    is then False. ``out_dir/<tahun>`` is checked and locked first (:mod:`skpdoc.outdir`): another build into
    it stops with F013; a write into it that fails (read-only, full) is reported with F012, naming the file.
    """
    started = time.perf_counter()
    if warm is not None and warm.pdfa != pdfa:
        raise ValueError("the warm converter must make the same kind of PDF as the build (pdfa)")
    files = documents.read_files(paths.find_root(Path(path)))  # before loading: see documents.basis
    valid = selection.load(path)
    chosen = selection.select(valid, [Path(path)], opds=opds, nips=nips)
    skipped = valid.skipped() if chosen.whole else []
    if not chosen.whole or len(skipped) == len(valid.slugs):  # nothing could be built: the errors themselves
        valid.require(chosen)
    ws = valid.workspace
    left_out = {item.opd for item in skipped}
    whole_opds = [slug for slug in ws.opds if slug not in left_out] if chosen.whole else list(chosen.opds)
    del valid  # the parsed specs it also holds are twice the typed workspace's size: their memory is reused below
    require_known("--form", forms, [*viewmodel.FORMS, *OPD_FORMS])  # also when only OPD documents are asked for
    require_known("--periode", periode, PERIODE)
    root = Path(out_dir) / str(ws.tahun)
    with outdir.building(Path(out_dir), root):
        report = BuildReport(root, opds_skipped=skipped)
        template_set = TemplateSet.for_workspace(ws, Path(templates) if templates else None)
        manifest = Manifest.load(root)
        basis = documents.basis(ws, files, pdfa)
        listed = manifest.opd_documents
        groups = documents.select(
            ws, forms=forms, periode=periode, opds=whole_opds, nips=chosen.nips, basis=basis, listed=listed
        )
        every = [job for group in groups for job in group.jobs]
        if total is not None:
            total(len(every))
        sources = documents.sources(ws, template_set, every)
        # Only a folder no other workspace was built into is pruned (see prune); once shared, it stays so.
        ours = manifest.workspace in (None, str(ws.root))
        manifest.workspace = str(ws.root) if ours else SHARED
        run = _Run(
            ws,
            root,
            manifest,
            report,
            documents.templates(template_set, every),
            basis=basis,
            options=_Options(periode, jobs, pdfa, pdf, keep_going, progress),
        )
        try:
            with contextlib.ExitStack() as office:
                # Something changed since the last build: LibreOffice (~2 s to start) will very likely be needed, so
                # it starts now, while the documents are described and rendered; one worker, unless this is a first
                # build (the others start when there turns out to be enough to convert).
                first_build = not manifest.outputs
                if warm is not None:
                    run.converter = warm
                elif pdf and manifest.sources != sources:
                    run.converter = run.missing_or(pdfs.try_start(office, jobs, pdfa, None if first_build else 1))
                for number, group in enumerate(groups):
                    run.opd(office, group, last=number == len(groups) - 1)
                if run.unconverted:  # LibreOffice is missing: say so, now that every .docx is written
                    office.enter_context(pdfs.converter(jobs, pdfa, 1))
                if run.converter is not None and run.converter is not warm:
                    run.converter.release()  # LibreOffice exits (all was converted) while the last bundle is written
                if chosen.whole and not (periode or forms) and ours:
                    prune(manifest, root, {documents.name_of(ws, job) for job in every}, set(ws.opds), keep=left_out)
                run.write_bundle()
            if report.ok:
                manifest.sources = sources
        except BaseException:
            _finish(root, manifest, run.ahead, failing=True)  # also when interrupted: the next build resumes from here
            raise
        _finish(root, manifest, run.ahead, failing=False)
        report.seconds = time.perf_counter() - started
        return report


@dataclass(frozen=True)
class _Options:
    periode: Sequence[str]
    jobs: int | None
    pdfa: bool
    pdf: bool
    keep_going: bool
    progress: Callable[[str], None] | None


class _Run:
    """One build going OPD by OPD: only one OPD's view models, rendered documents and bundle plan are held at a
    time (their memory follows the largest OPD, not the workspace); LibreOffice and the manifest are shared."""

    def __init__(
        self,
        ws: Workspace,
        root: Path,
        manifest: Manifest,
        report: BuildReport,
        compiled: dict[str, documents.Template],
        *,
        basis: str,
        options: _Options,
    ) -> None:
        self.ws, self.root, self.manifest, self.report, self.compiled = ws, root, manifest, report, compiled
        self.basis, self.options = basis, options
        self.converter: pdfs.PdfConverter | None = None
        self.office_missing = False  # LibreOffice was looked for and is not installed
        self.unconverted = False  # documents were rendered that could not be converted (LibreOffice is missing)
        self.ahead: bundling.Ahead | None = None  # copying the current OPD's up-to-date bundle parts
        self._pending: bundling.Plan | None = None  # the bundle to write once its documents are converted

    def missing_or(self, converter: pdfs.PdfConverter | None) -> pdfs.PdfConverter | None:
        self.office_missing = converter is None
        return converter

    def save(self) -> None:
        self.manifest.save(self.root)

    def opd(self, office: contextlib.ExitStack, group: documents.Group, *, last: bool) -> None:
        """Describe, render and convert the documents of ``group``, then write its OPD's bundle if it changed."""
        options, outputs = self.options, self.manifest.outputs
        docs = documents.describe_group(
            self.ws,
            group,
            self.root,
            self.compiled,
            outputs,
            basis=self.basis,
            periode=options.periode,
            pdfa=options.pdfa,
        )
        self.report.drafts += sum(1 for doc in docs if doc.draft)
        stale = documents.stale(docs, outputs, self.report, pdf=options.pdf, progress=options.progress)
        log.debug("%s: %d documents, %d to render", group.opd, len(docs), len(stale))
        if options.pdf and stale and self.converter is None and not self.office_missing:
            self.converter = self.missing_or(pdfs.try_start(office, options.jobs, options.pdfa, 1))
        if self.converter is not None and documents.pages(stale, outputs) > pdfs.ONE_WORKER_PAGES:
            self.converter.start_all()
        bundle = self._plan(group, docs) if options.pdf and group.bundled else None
        converting = documents.render(
            stale, self.compiled, outputs, self.report, pdf=options.pdf, progress=options.progress, save=self.save
        )
        if bundle is not None:  # its parts that are up to date are copied while LibreOffice converts the others
            self.ahead = bundling.Ahead([bundle], {doc.pdf for doc in docs} - {doc.pdf for doc in stale})
        if converting and self.converter is None:
            self.unconverted = True  # reported once every OPD's .docx are written
            bundle = None
        elif self.converter is not None and converting:
            pdfs.convert(self.converter, converting, outputs, self.report, progress=options.progress, save=self.save)
        self._pending = bundle
        if not last:  # the last OPD's is written once LibreOffice is let go: its memory is then free
            self.write_bundle()

    def _plan(self, group: documents.Group, docs: list[Doc]) -> bundling.Plan | None:
        options = self.options
        plan = bundling.plan(self.ws, group.opd, docs, self.root, periode=options.periode, pdfa=options.pdfa)
        return None if bundling.is_current(plan, self.manifest) else plan

    def write_bundle(self) -> None:
        """Write the bundle planned last, if any."""
        plan, self._pending = self._pending, None
        if plan is not None:
            options = self.options
            bundling.write(
                self.ws,
                [plan],
                self.manifest,
                self.report,
                pdfa=options.pdfa,
                keep_going=options.keep_going,
                periode=options.periode,
                ahead=self.ahead,
            )
        if self.ahead is not None:
            self.ahead.stop()
            self.ahead = None


def _finish(root: Path, manifest: Manifest, ahead: bundling.Ahead | None, *, failing: bool) -> None:
    if ahead is not None:
        ahead.stop()
    try:
        manifest.save(root)
    except OSError:
        if not failing:
            raise
        # The error on its way out says what went wrong first (a read-only OUT, a full disk): keep it.
