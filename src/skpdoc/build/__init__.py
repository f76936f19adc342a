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

The stages, one module each: :mod:`.documents` (which documents, their keys,
what is stale, rendering), :mod:`.pdfs` (LibreOffice, conversion, the text
check), :mod:`.bundles` (the bundles, copied ahead while LibreOffice works),
:mod:`.manifest` (the manifest on disk); :mod:`.records` holds what they pass
each other.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from skpdoc import outdir, selection
from skpdoc.build import bundles as bundling
from skpdoc.build import documents, pdfs
from skpdoc.build.manifest import SHARED, Manifest, prune
from skpdoc.build.records import BuildReport, Failure
from skpdoc.hints import require_known
from skpdoc.reference import PERIODE
from skpdoc.render import viewmodel
from skpdoc.render.opd import OPD_FORMS
from skpdoc.render.pipeline import TemplateSet

if TYPE_CHECKING:
    from skpdoc.convert import Converter

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
    warm: Converter | None = None,
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
        manifest = Manifest.load(root)
        selected = documents.select(ws, forms=forms, periode=periode, opds=whole_opds, nips=chosen.nips)
        if total is not None:
            total(len(selected))
        outputs = manifest.outputs
        sources = documents.sources(ws, template_set, selected)
        # Only a folder no other workspace was built into is pruned (see prune); once shared, it stays so.
        ours = manifest.workspace in (None, str(ws.root))
        manifest.workspace = str(ws.root) if ours else SHARED
        ahead: bundling.Ahead | None = None
        try:
            with contextlib.ExitStack() as office:
                # Something changed since the last build: LibreOffice (~2 s to start) will very likely be needed, so
                # it starts now, while the documents are described and rendered; one worker, unless this is a first
                # build (the others start when there turns out to be enough to convert).
                first_build = not outputs
                early = pdf and manifest.sources != sources
                converter = warm or (pdfs.try_start(office, jobs, pdfa, None if first_build else 1) if early else None)
                compiled = documents.templates(template_set, selected)
                docs = [documents.describe(ws, job, root, compiled, pdfa) for job in selected]
                report.drafts = sum(1 for doc in docs if getattr(doc.view, "konsep", False))
                stale = documents.stale(docs, outputs, report, pdf=pdf, progress=progress)
                log.debug("%d documents, %d to render; LibreOffice started early: %s", len(docs), len(stale), early)
                if pdf and stale and converter is None:
                    converter = pdfs.try_start(office, jobs, pdfa, 1)
                if converter is not None and documents.pages(stale, outputs) > pdfs.ONE_WORKER_PAGES:
                    converter.start_all()
                plans = [
                    bundling.plan(ws, slug, mine, root, periode=periode, pdfa=pdfa)
                    for slug, mine in bundling.by_opd(docs).items()
                    if slug in whole_opds  # an employee's forms alone are no OPD's bundle
                ]
                plans = [item for item in plans if not bundling.is_current(item, manifest)] if pdf else []
                log.debug("bundles to write: %s", ", ".join(item.slug for item in plans) or "none")
                save = functools.partial(manifest.save, root)
                converting = documents.render(stale, compiled, outputs, report, pdf=pdf, progress=progress, save=save)
                if plans:  # the bundles' parts that are up to date are copied while LibreOffice converts the others
                    ahead = bundling.Ahead(plans, {doc.pdf for doc in docs} - {doc.pdf for doc in stale})
                if converting and converter is None:  # LibreOffice is missing: say so, now that the .docx are written
                    converter = office.enter_context(pdfs.converter(jobs, pdfa, 1))
                if converter is not None and converting:
                    pdfs.convert(converter, converting, outputs, report, progress=progress, save=save)
                if converter is not None and converter is not warm:
                    converter.release()  # LibreOffice exits while the bundles are written
                if chosen.whole and not (periode or forms) and ours:
                    prune(manifest, root, {doc.name for doc in docs}, set(ws.opds), keep=left_out)
                bundling.write(
                    ws, plans, manifest, report, pdfa=pdfa, keep_going=keep_going, periode=periode, ahead=ahead
                )
            if report.ok:
                manifest.sources = sources
        except BaseException:
            _finish(root, manifest, ahead, failing=True)  # also when interrupted: the next build resumes from here
            raise
        _finish(root, manifest, ahead, failing=False)
        report.seconds = time.perf_counter() - started
        return report


def _finish(root: Path, manifest: Manifest, ahead: bundling.Ahead | None, *, failing: bool) -> None:
    if ahead is not None:
        ahead.stop()
    try:
        manifest.save(root)
    except OSError:
        if not failing:
            raise
        # The error on its way out says what went wrong first (a read-only OUT, a full disk): keep it.
