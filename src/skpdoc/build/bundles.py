"""The bundles of ``skpdoc build``: which to write, what goes in them, and reading ahead.

A bundle is rewritten when any of its documents changed (its key hashes
theirs). In a one-spec rebuild nearly all of its parts are up to date: their
digests come from the bundle's cache (:mod:`skpdoc.bundle.cache`, named by
the bundle's path), and :class:`Ahead` reads them in a thread while
LibreOffice converts the few that changed; only those, the cover and contents
and the writing of the file are left for after the conversion (0.3-0.5 s for
the 1,800 pages of an OPD of 200).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skpdoc import __version__
from skpdoc.build.manifest import BundleEntry, Manifest
from skpdoc.build.records import BuildReport, Doc
from skpdoc.bundle.assemble import Bundle, Contents, Front, Part, Person
from skpdoc.model import Workspace, ordered_people
from skpdoc.reference import PERIODE
from skpdoc.render.opd import OpdJob
from skpdoc.render.pipeline import Job

FORM_TITLES = {
    "skp": "SKP",
    "lampiran": "Lampiran SKP",
    "evaluasi": "Evaluasi Kinerja",
    "dokumen-evaluasi": "Dokumen Evaluasi",
}
#: What the parts read ahead may weigh together (their PDFs' bytes): a province rebuilt after a
#: template change must not hold every OPD's bundle in memory at once.
AHEAD_BYTES = 256 * 2**20

log = logging.getLogger(__name__)


@dataclass
class Plan:
    """One OPD's bundle as it is to be written."""

    slug: str
    key: str
    target: Path
    contents: Contents
    docs: list[Doc]


def plan(ws: Workspace, slug: str, docs: list[Doc], root: Path, *, periode: Sequence[str], pdfa: bool) -> Plan:
    label = _periode_label(periode, docs)
    opd = ws.opds[slug].nama
    contents = Contents(ws.instansi, opd, ws.tahun, label, _people(ws, slug, docs), _front(docs))
    # The documents' keys, and the order, titles and units they are bundled with: a unit renamed or moved in
    # opd.yaml changes the bundle even where no document changes.
    by_pdf = {d.pdf: d.key for d in docs}
    outline: list[object] = [(f.title, f.group, by_pdf[f.pdf]) for f in contents.front]
    outline += [
        (p.nama, p.nip, p.jabatan, p.units, [(t.title, by_pdf[t.pdf]) for t in p.parts]) for p in contents.people
    ]
    text = f"{contents.instansi}\n{opd}\n{outline!r}\n{label}\n{pdfa}\n{__version__}"
    key = hashlib.sha256(text.encode()).hexdigest()
    return Plan(slug, key, root / f"{slug}.pdf", contents, docs)


def is_current(plan: Plan, manifest: Manifest) -> bool:
    written = manifest.bundles.get(plan.slug)
    return written is not None and written.key == plan.key and plan.target.is_file()


def by_opd(docs: list[Doc]) -> dict[str, list[Doc]]:
    grouped: dict[str, list[Doc]] = {}
    for doc in docs:
        grouped.setdefault(doc.opd, []).append(doc)
    return dict(sorted(grouped.items()))


class Ahead:
    """Reads the up-to-date parts of the bundles that will be rewritten, in a thread, in order.

    ``take(slug)`` waits for that OPD's bundle and hands it over; ``stop()``
    ends the thread between two parts (Ctrl-C, an error). A part that cannot
    be read drops its bundle here: the main thread then starts that one
    afresh and meets the same problem where it is reported.
    """

    def __init__(self, plans: list[Plan], fresh: set[Path]) -> None:
        self._bundles: dict[str, Bundle] = {}
        self._done: dict[str, threading.Event] = {}
        self._stop = threading.Event()
        work: list[tuple[Plan, list[Path]]] = []
        budget = AHEAD_BYTES
        for item in plans:
            pdfs = [pdf for pdf in item.contents.documents if pdf in fresh]
            size = sum(pdf.stat().st_size for pdf in pdfs if pdf.is_file())
            if not pdfs or size > budget:
                continue
            budget -= size
            work.append((item, pdfs))
            self._done[item.slug] = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(work,), name="skpdoc-bundle-ahead", daemon=True)
        self._thread.start()

    def _run(self, work: list[tuple[Plan, list[Path]]]) -> None:
        for item, pdfs in work:
            bundle = Bundle(item.contents.documents, cache=_cache_name(item))
            try:
                for pdf in pdfs:
                    if self._stop.is_set():
                        return
                    bundle.add(pdf)
                self._bundles[item.slug] = bundle
            except Exception:  # see the class docstring
                log.debug(
                    "reading ahead the parts of %s failed; they are read after conversion", item.slug, exc_info=True
                )
            finally:
                self._done[item.slug].set()

    def take(self, slug: str) -> Bundle | None:
        done = self._done.get(slug)
        if done is None:
            return None
        while not done.wait(0.1):  # a plain wait() would not let Ctrl-C through
            if not self._thread.is_alive():
                return None
        return self._bundles.pop(slug, None)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def write(
    ws: Workspace,
    plans: list[Plan],
    manifest: Manifest,
    report: BuildReport,
    *,
    pdfa: bool,
    keep_going: bool,
    periode: Sequence[str],
    ahead: Ahead | None,
) -> None:
    """Write the bundles that changed; one with a failed document only with ``keep_going`` (then without it)."""
    failed = {f.output for f in report.failed}
    outputs = manifest.outputs
    for item in plans:
        broken = [d for d in item.docs if d.name in failed or d.pdf_name in failed]
        if broken and not keep_going:
            report.bundles_skipped.append(item.slug)
            continue
        if broken:
            root = item.target.parent
            item = plan(ws, item.slug, [d for d in item.docs if d not in broken], root, periode=periode, pdfa=pdfa)
        if is_current(item, manifest):
            continue
        bundle = (ahead.take(item.slug) if ahead else None) or Bundle(item.contents.documents, cache=_cache_name(item))
        result = bundle.write(item.target, item.contents, pdfa=pdfa)
        for doc in item.docs:
            pages = result.ranges.get(doc.name)
            if pages and doc.name in outputs:
                outputs[doc.name] = dataclasses.replace(outputs[doc.name], bundle_pages=pages)
        manifest.bundles[item.slug] = BundleEntry(item.target.name, item.key, result.pages, result.front_pages)
        report.bundles.append(item.target)


def _cache_name(plan: Plan) -> str:
    """What names a bundle's cache (skpdoc.bundle.cache): its path."""
    return str(plan.target.resolve())


def _periode_label(periode: Sequence[str], docs: list[Doc]) -> str:
    present = (
        [p for p in PERIODE if p in periode]
        if periode
        else [p for p in PERIODE if any(d.job.periode == p for d in docs)]
    )
    if not present:
        return "Perencanaan (SKP)"
    names = [PERIODE[p] for p in present]
    return names[0] if len(names) == 1 else f"{names[0]} s.d. {names[-1]}"


def _front(docs: list[Doc]) -> list[Front]:
    """The OPD's own documents, in the order they open the bundle: each periode's rekap, then the matriks' parts."""
    periods = list(PERIODE)
    own = [(doc.job, doc) for doc in docs if isinstance(doc.job, OpdJob)]
    own.sort(key=lambda item: (item[0].form == "matriks", periods.index(item[0].periode) if item[0].periode else 0))
    return [Front(job.title, doc.pdf, doc.name, job.group) for job, doc in own]


def _people(ws: Workspace, slug: str, docs: list[Doc]) -> list[Person]:
    by_nip: dict[str, list[Doc]] = {}
    for doc in docs:
        if isinstance(doc.job, Job):
            by_nip.setdefault(doc.job.nip, []).append(doc)
    rank = {form: n for n, form in enumerate(FORM_TITLES)}
    periods = list(PERIODE)
    people = []
    for pegawai, units in ordered_people(ws, slug):
        mine = by_nip.get(pegawai.nip)
        if not mine:
            continue
        mine.sort(key=lambda d: (periods.index(d.job.periode) + 1 if d.job.periode else 0, rank[d.job.form]))
        parts = tuple(
            Part(
                FORM_TITLES[d.job.form] + (f" — {PERIODE[d.job.periode]}" if d.job.periode else ""),
                d.pdf,
                d.name,
            )
            for d in mine
        )
        people.append(Person(pegawai.nama, pegawai.nip, pegawai.identitas.jabatan, units, parts, pegawai.status))
    return people
